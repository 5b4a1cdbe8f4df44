#!/bin/bash
# Follows the README on machines as fresh as a new user's: for each release, a minimal Debian root
# (debootstrap), the repository cloned into it, then exactly what the README says to type:
# `make test`, then `make run` on a virtual X screen until the kiosk paints its start screen.
# Then, in another fresh copy of the root, docs/deployment.md as written
# (tools/deployment-guide.sh: steps 1 to 6, and the unit's start and stop commands under cage).
# Prints one line per release with the result and the time. Exit code: 0 when every release
# passed, 1 when one failed (a problem of the project's: its log says what), 2 when this script
# could not do its part (debootstrap, the network, namespaces).
#
#   tools/fresh-machine.sh                     debian-12 and debian-13 (make fresh-machine)
#   tools/fresh-machine.sh debian-13           one release (also: debian-12, ubuntu-24.04)
#   tools/fresh-machine.sh --rev BRANCH ...    another commit or branch (default: HEAD, committed
#                                              work only; uncommitted changes are not tested)
#   tools/fresh-machine.sh --refresh ...       build the cached roots again (a month-old root
#                                              misses the point releases a new user gets)
#   tools/fresh-machine.sh --shell debian-13   a root shell in the root of the last run, as it
#                                              was left (to look at a failure)
#
# Takes about 20 minutes per release on 2 cores (18 to 21 for make test), plus 1 to 2 minutes
# per release the first time, for debootstrap. Too long for CI. Needs root on a Debian or Ubuntu
# host (debootstrap, mount namespaces) and the network: Debian's mirror and PyPI (ubuntu-24.04:
# archive.ubuntu.com too). Installs debootstrap on the host if it is missing; nothing else.
#
# Where things are ($FRESH_MACHINE_CACHE, default /var/cache/rfa-kiosk-fresh-machine):
#   pristine/RELEASE/         the debootstrap result, never changed after it is built
#   run/RELEASE/root/         a fresh copy of it for each run, kept until the next run
#   run/RELEASE/guide-root/   another, for the deployment guide
#   logs/RELEASE.log          everything each step printed; logs/RELEASE-make-run.png the screen
#   logs/results.txt          every result line so far, dated
#
# Each release is entered in a mount and PID namespace of its own (see ENTER), so its /proc,
# /sys and /dev mounts exist only while it runs and vanish with it, Ctrl-C and kill -9 included:
# nothing is ever left mounted in the cache.
set -u -o pipefail

CACHE=${FRESH_MACHINE_CACHE:-/var/cache/rfa-kiosk-fresh-machine}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEBIAN_MIRROR=${FRESH_MACHINE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
UBUNTU_MIRROR=${FRESH_MACHINE_UBUNTU_MIRROR:-http://archive.ubuntu.com/ubuntu}
CLONE=/root/rfa-kiosk # as a person who is root would clone it: in the home folder
PAINT_TIMEOUT_S=120   # from `make run` to the painted start screen (about 3 s on 2 idle cores)

usage() {
    sed -n '2,/^set -u/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
}

rev=HEAD refresh=false shell=false releases=()
while [ $# -gt 0 ]; do
    case $1 in
        --rev) [ $# -ge 2 ] || usage; rev=$2; shift ;;
        --rev=*) rev=${1#--rev=} ;;
        --refresh) refresh=true ;;
        --shell) shell=true ;;
        debian-12 | debian-13 | ubuntu-24.04) releases+=("$1") ;;
        -h | --help) usage ;;
        *) echo "fresh-machine: unknown argument $1" >&2; usage ;;
    esac
    shift
done
[ ${#releases[@]} -gt 0 ] || releases=(debian-12 debian-13)

# Messages go to the terminal (fd 8, a copy of stderr), even from a trap while a step's output
# goes to its log.
exec 8>&2
say() { printf 'fresh-machine: %s\n' "$*" >&8; }
die() { say "$*"; exit 2; }
now() { date +%s.%N; }
# "14m02s" or "3.1s", from two `now` readings.
elapsed() {
    awk -v a="$1" -v b="$2" 'BEGIN { s = b - a; if (s < 60) printf "%.1fs", s;
        else printf "%dm%02ds", s / 60, s % 60 }'
}

[ "$(id -u)" = 0 ] || die "run me as root (debootstrap and mount namespaces need it): sudo $0 $*"
for tool in unshare pivot_root git gpgv; do
    command -v "$tool" >/dev/null || die "$tool not found"
done
if ! command -v debootstrap >/dev/null; then
    say "installing debootstrap (apt-get install debootstrap)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null ||
        die "could not install debootstrap; run: apt-get install debootstrap"
fi
commit=$(git -C "$REPO" rev-parse --verify --quiet "$rev^{commit}") ||
    die "$rev is not a commit of $REPO"
short=$(git -C "$REPO" rev-parse --short "$commit")

mkdir -p "$CACHE/pristine" "$CACHE/run" "$CACHE/logs"
exec 9>"$CACHE/.lock"
flock -n 9 || die "another fresh-machine run holds $CACHE/.lock"

# --- Entering a root ---------------------------------------------------------------------------
#
# Not chroot: the kernel refuses to create a user namespace from a process whose root is not its
# mount namespace's root (EPERM), and tests/display runs cage through `unshare --user` when it is
# root. So: a new mount namespace (private: nothing propagates back to the host) and PID
# namespace, the root bind-mounted onto itself, pivot_root into it and the old root unmounted. The
# root is then the namespace's own root, as on a real machine. When the namespace's first process
# ends, the kernel kills the rest and drops every mount.
#
# /proc is this PID namespace's own; /sys and /dev are the host's (there are no devices to
# emulate), with a private devpts (its own ptys), /dev/shm and /run as a booted machine has them.
# /tmp stays the root's own folder, on disk, as on Debian 12.
#
# The network is the host's. On this network TLS is intercepted by a proxy whose certificate
# authority only the host's bundle carries, so the bundle is copied in (ROOT/etc/fresh-machine/)
# and named by PIP_CERT and SSL_CERT_FILE: pip then reaches PyPI as it does on the host. That is a
# property of the network, not of the project; elsewhere the variables change nothing. The host's
# pip configuration (/etc/pip.conf, /etc/xdg/pip: local wheel folders) is not copied, nor is any
# other variable of the host's environment: the commands run with a login's bare environment,
# and with every signal at its default (bash starts background jobs, as inside does, ignoring
# Ctrl-C's SIGINT, and the kiosk's tests send it).
HOST_CA=${FRESH_MACHINE_CA_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}
ROOT_CA=/etc/fresh-machine/ca-bundle.crt
# shellcheck disable=SC2016 # expanded by the shell inside the namespaces
ENTER='set -e
root=$1; shift
mount --bind "$root" "$root"
mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
mount --rbind /sys "$root/sys"; mount --make-rslave "$root/sys"
mount --rbind /dev "$root/dev"; mount --make-rslave "$root/dev"
mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5 devpts "$root/dev/pts"
mount --bind "$root/dev/pts/ptmx" "$root/dev/ptmx"
mount -t tmpfs -o nosuid,nodev,mode=1777 shm "$root/dev/shm"
mount -t tmpfs -o nosuid,nodev,mode=0755 run "$root/run"
mkdir -m 1777 "$root/run/lock"
cd "$root"
mkdir -p .fresh-machine-old-root
pivot_root . .fresh-machine-old-root
cd /
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
umount -l /.fresh-machine-old-root
rmdir /.fresh-machine-old-root
exec env -i --default-signal PATH="$PATH" HOME=/root USER=root LOGNAME=root SHELL=/bin/bash TERM="${TERM:-dumb}" \
    LANG=C.UTF-8 PIP_CERT='"$ROOT_CA"' SSL_CERT_FILE='"$ROOT_CA"' "$@"'

inside_pid=
# Runs a command as root inside ROOT; its exit code. In the background and waited for, so that a
# signal to this script reaches the trap at once (see cleanup).
inside() {
    local root=$1
    shift
    mkdir -p "$root/etc/fresh-machine"
    cp "$HOST_CA" "$root$ROOT_CA"
    cp /etc/resolv.conf "$root/etc/resolv.conf" # DNS: the host's resolver
    unshare --mount --propagation private --pid --fork --kill-child \
        bash -c "$ENTER" enter "$root" "$@" &
    inside_pid=$!
    wait "$inside_pid"
    local code=$?
    inside_pid=
    return "$code"
}

# Mounts live in the namespaces, which end with their processes: stopping those is the cleanup.
# SIGKILL, because unshare --fork blocks SIGTERM and SIGINT while it waits for its child; its death
# then kills its child (--kill-child), the namespace's first process, and with it the kernel ends
# every process in the namespace and drops its mounts. The check after it is a guard that this
# stays true.
# shellcheck disable=SC2329 # the EXIT trap calls it
cleanup() {
    [ -n "$inside_pid" ] && kill -KILL "$inside_pid" 2>/dev/null && wait "$inside_pid" 2>/dev/null
    local left
    left=$(awk -v p="$CACHE/pristine/" -v r="$CACHE/run/" \
        'index($5, p) == 1 || index($5, r) == 1 { print $5 }' /proc/self/mountinfo | sort -r)
    if [ -n "$left" ]; then
        say "unmounting what was left mounted in $CACHE:"$'\n'"$left"
        echo "$left" | xargs -r -n1 umount -l
    fi
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT TERM HUP

# --- Releases ------------------------------------------------------------------------------------

# Sets suite, mirror, keyring, components, script and sources for a release.
release_info() {
    case $1 in
        debian-12 | debian-13)
            [ "$1" = debian-12 ] && suite=bookworm || suite=trixie
            mirror=$DEBIAN_MIRROR keyring=/usr/share/keyrings/debian-archive-keyring.gpg
            components=main script=
            # What the Debian installer writes: the release, its updates and security.
            sources="deb $mirror $suite main
deb $mirror $suite-updates main
deb http://deb.debian.org/debian-security $suite-security main"
            ;;
        ubuntu-24.04)
            suite=noble mirror=$UBUNTU_MIRROR
            keyring=/usr/share/keyrings/ubuntu-archive-keyring.gpg
            # universe: cage and grim (make test's packages) are there, and every Ubuntu
            # installation has it enabled.
            components=main,universe
            # Older debootstraps do not know noble; every Ubuntu release uses the same script.
            script=/usr/share/debootstrap/scripts/gutsy
            sources="deb $mirror noble main universe
deb $mirror noble-updates main universe
deb $mirror noble-security main universe"
            ;;
    esac
}

# A private apt for one Debian suite, beside the host's (its own lists and cache under $CACHE),
# to fetch a package of another release with apt's signature checks.
APT_SIDE=()
side_apt() {
    local suite=$1 dir=$CACHE/apt-$1
    mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial"
    echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $DEBIAN_MIRROR $suite main" \
        >"$dir/sources.list"
    APT_SIDE=(-o "Dir::Etc::SourceList=$dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
        -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache=$dir/cache" -o APT::Sandbox::User=root -q)
    apt-get "${APT_SIDE[@]}" update >/dev/null
}

# Makes sure the host can check the release's signatures before debootstrap trusts them.
check_keyring() {
    local suite=$1 mirror=$2 keyring=$3
    local release=$CACHE/$suite.InRelease
    if [ "$suite" = noble ] && [ ! -s "$keyring" ]; then
        # Debian packages Ubuntu's keys (ubuntu-keyring, from Debian 13 on). Fetched through a
        # private apt for trixie, so Debian's signatures vouch for them; the host is not changed.
        say "fetching ubuntu-keyring from Debian 13 (Ubuntu's archive keys)"
        side_apt trixie || die "apt could not read Debian 13's package lists"
        rm -rf "$CACHE/ubuntu-keyring"
        mkdir -p "$CACHE/ubuntu-keyring"
        (cd "$CACHE/ubuntu-keyring" && apt-get "${APT_SIDE[@]}" download ubuntu-keyring >/dev/null &&
            dpkg-deb -x ubuntu-keyring_*.deb .) || die "could not download ubuntu-keyring from Debian 13"
        keyring=$CACHE/ubuntu-keyring/usr/share/keyrings/ubuntu-archive-keyring.gpg
    fi
    curl -fsS -o "$release" "$mirror/dists/$suite/InRelease" || die "$mirror has no $suite"
    if ! gpgv --keyring "$keyring" "$release" >/dev/null 2>&1 && [ "$suite" != noble ]; then
        # A host older than the release: Debian ships the new release's keys in
        # debian-archive-keyring updates of the old one (Debian 12's 2023.3+deb12u1 and newer
        # know Debian 13), so this upgrade comes signed by keys the host already trusts.
        say "the host's debian-archive-keyring cannot check $suite: upgrading it"
        apt-get update -q >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q debian-archive-keyring >/dev/null
    fi
    gpgv --keyring "$keyring" "$release" >/dev/null 2>&1 ||
        die "$keyring cannot check $mirror/dists/$suite/InRelease (upgrade debian-archive-keyring)"
    KEYRING=$keyring
}

# The cached root: debootstrap, the installer's package sources brought up to date, then what a
# new user adds to run the README: python3, make and git (with apt's recommends, as
# `apt install` gives them). python3-venv is left out: the README's hint to add it is followed,
# and tested, in each run.
#
# Variant minbase: only the essential packages and apt, as in a container image. A person's
# machine has more (the default variant adds "important" ones, a desktop far more), but nothing
# the kiosk may count on: anything make test or make run needs beyond this must come from
# tools/system-packages.sh, so the smallest root is the strictest test of it.
build_pristine() {
    local release=$1 dest=$CACHE/pristine/$1 tmp=$CACHE/pristine/$1.building log=$CACHE/logs/$1-debootstrap.log
    release_info "$release"
    check_keyring "$suite" "$mirror" "$keyring"
    rm -rf --one-file-system "$tmp"
    say "$release: debootstrap $suite (once; log: $log)"
    local start
    start=$(now)
    # shellcheck disable=SC2086 # $script: none or one word
    debootstrap --variant=minbase --arch="$(dpkg --print-architecture)" \
        --components="$components" --keyring="$KEYRING" "$suite" "$tmp" "$mirror" $script \
        >"$log" 2>&1 || die "$release: debootstrap failed (see $log)"
    printf '%s\n' "$sources" >"$tmp/etc/apt/sources.list"
    # shellcheck disable=SC2016
    inside "$tmp" sh -c 'export DEBIAN_FRONTEND=noninteractive
        apt-get update -q && apt-get dist-upgrade -y -q &&
        apt-get install -y -q python3 make git && apt-get clean' >>"$log" 2>&1 ||
        die "$release: could not install python3 make git (see $log)"
    date -u +%FT%TZ >"$tmp/etc/fresh-machine/built"
    rm -rf --one-file-system "$dest"
    mv "$tmp" "$dest"
    say "$release: root built in $(elapsed "$start" "$(now)")"
}

# Screenshot and timing of `make run`, run with the root's own python3 (stdlib only): Xvfb on a
# free display, `make run` on it with a notify socket, and three signs, each timed from the start:
# READY=1 on NOTIFY_SOCKET (the kiosk's event loop runs, kiosk/lifecycle.py), the kiosk's window
# in `xwininfo -root -tree` (WM_CLASS rfa-kiosk), and a screenshot (`xwd -root`) of more than the
# black root (-br): at least 10 % of the screen not black and 32 colours, which an unpainted
# window (Qt gives X no background, so it shows the root) does not have. Nothing is added to the
# product. Then SIGTERM to the kiosk (not to make, which would die of the signal itself): the
# README promises exit code 0, which make passes on. Prints "RESULT ..." as its last line.
PAINT_CHECK='
import os, select, signal, socket, struct, subprocess, sys, time, zlib

clone, png_path, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
log = lambda text: print(f"[paint-check {time.monotonic() - start:6.1f}s] {text}", flush=True)

def result(text, code):
    print("RESULT " + text, flush=True)
    sys.exit(code)

def xwd(env):
    out = subprocess.run(["xwd", "-root", "-silent"], env=env, capture_output=True, timeout=30)
    if out.returncode != 0:
        return None
    data = out.stdout
    f = struct.unpack(">25I", data[:100])
    size, order, bpp, line, ncolors = f[0], f[7], f[11], f[12], f[19]
    width, height = f[4], f[5]
    masks = f[14:17]
    pixels = data[size + 12 * ncolors:]
    return width, height, order, bpp, line, masks, pixels

def look(shot):
    """Share of the screen that is not black, and how many colours (sampled)."""
    width, height, order, bpp, line, masks, pixels = shot
    step, size = 7, bpp // 8
    byteorder = "little" if order == 0 else "big"
    rgb = masks[0] | masks[1] | masks[2]
    seen, lit, total = set(), 0, 0
    for y in range(0, height, step):
        row = pixels[y * line:(y + 1) * line]
        for x in range(0, width, step):
            p = int.from_bytes(row[x * size:(x + 1) * size], byteorder) & rgb
            seen.add(p)
            lit += p != 0
            total += 1
    return lit / max(total, 1), len(seen)

def save_png(shot, path):
    width, height, order, bpp, line, masks, pixels = shot
    if (bpp, order, masks) != (32, 0, (0xFF0000, 0xFF00, 0xFF)):
        return False
    raw = bytearray()
    for y in range(height):
        row = pixels[y * line:y * line + 4 * width]
        out = bytearray(3 * width)
        out[0::3], out[1::3], out[2::3] = row[2::4], row[1::4], row[0::4]
        raw += b"\0" + out
    chunk = lambda kind, body: (struct.pack(">I", len(body)) + kind + body
        + struct.pack(">I", zlib.crc32(kind + body)))
    with open(path, "wb") as png:
        png.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 6)) + chunk(b"IEND", b""))
    return True

def descendants(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except OSError:
                pass
    todo, found = list(children.get(pid, [])), []
    while todo:
        p = todo.pop()
        found.append(p)
        todo += children.get(p, [])
    return found

def cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().split(b"\0")
    except OSError:
        return []

start = time.monotonic()
env = dict(os.environ)
read_end, write_end = os.pipe()
xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24",
    "-nolisten", "tcp", "-br", "-noreset"], pass_fds=(write_end,), stdout=subprocess.DEVNULL,
    stderr=open("/root/.fresh-machine/xvfb.log", "wb"))
os.close(write_end)
if not select.select([read_end], [], [], 30)[0]:
    result("failed: Xvfb did not start (see /root/.fresh-machine/xvfb.log)", 1)
env["DISPLAY"] = ":" + os.read(read_end, 16).decode().strip()
notify_path = "/run/fresh-machine-notify"
notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
notify.bind(notify_path)
env["NOTIFY_SOCKET"] = notify_path
display = env["DISPLAY"]
log(f"Xvfb on {display}; make run")
start = time.monotonic()
make = subprocess.Popen(["make", "run"], cwd=clone, env=env, start_new_session=True)
ready = window = painted = None
deadline = start + timeout
while painted is None:
    if time.monotonic() > deadline:
        os.killpg(make.pid, signal.SIGKILL)
        result(f"failed: not painted after {timeout:.0f}s (READY=1: {ready}, window: {window})", 1)
    if make.poll() is not None:
        result(f"failed: make run ended with {make.returncode} before painting", 1)
    if select.select([notify], [], [], 0.2)[0]:
        message = notify.recv(4096).decode()
        log(f"notify: {message!r}")
        if "READY=1" in message.split("\n") and ready is None:
            ready = time.monotonic() - start
    if window is None:
        tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True)
        if "\"rfa-kiosk\"" in tree.stdout.lower():
            window = time.monotonic() - start
            log("window: " + next(l.strip() for l in tree.stdout.splitlines() if "rfa-kiosk" in l.lower()))
        continue
    shot = xwd(env)
    if shot is None:
        continue  # BadWindow while Qt replaces a window: the next try works
    share, colours = look(shot)
    if share >= 0.10 and colours >= 32:
        painted = time.monotonic() - start
        log(f"painted: {share:.0%} of the screen not black, {colours} colours sampled")
        log("screenshot saved" if save_png(shot, png_path) else "screenshot format not saved")
time.sleep(2)  # still up a moment later, with whatever it starts once its window is up
kiosk = [p for p in descendants(make.pid) if any(a.endswith(b"main.py") for a in cmdline(p))]
if make.poll() is not None or not kiosk:
    result(f"failed: the kiosk ended by itself after painting (make: {make.returncode})", 1)
log(f"SIGTERM to the kiosk, pid {kiosk[0]}")
stopped = time.monotonic()
os.kill(kiosk[0], signal.SIGTERM)
try:
    code = make.wait(timeout=15)
except subprocess.TimeoutExpired:
    os.killpg(make.pid, signal.SIGKILL)
    result(f"failed: still running 15s after SIGTERM", 1)
took = time.monotonic() - stopped
xvfb.terminate()
ready_text = f"READY=1 at {ready:.1f}s" if ready is not None else "no READY=1"
summary = f"painted in {painted:.1f}s ({ready_text}), SIGTERM: exit {code} in {took:.1f}s"
result(("" if code == 0 else "failed: ") + summary, 0 if code == 0 else 1)
'

# --- One release ---------------------------------------------------------------------------------

# Runs the README in a fresh copy of the release's root; prints its result line.
run_release() {
    local release=$1 log=$CACHE/logs/$1.log run=$CACHE/run/$1 root=$CACHE/run/$1/root
    local started python hint test_line run_line code t0 t1 failed=false
    started=$(now)
    if $refresh || [ ! -s "$CACHE/pristine/$release/etc/fresh-machine/built" ]; then
        build_pristine "$release"
    fi
    say "$release: fresh copy of the root (built $(cat "$CACHE/pristine/$release/etc/fresh-machine/built"))"
    rm -rf --one-file-system "$run"
    mkdir -p "$run"
    cp -a --reflink=auto "$CACHE/pristine/$release" "$root" || die "could not copy the root"
    : >"$log"
    section() { printf '\n===== %s: %s\n' "$(date -u +%T)" "$*" >>"$log"; }

    # The clone: a new user's git clone, at the commit asked for. The host's git does it (the
    # repository is the host's); the root's git works in it from then on.
    section "git clone $REPO at $short"
    if ! git clone -q --no-hardlinks "$REPO" "$root$CLONE" >>"$log" 2>&1 ||
        ! git -C "$root$CLONE" checkout -q --detach "$commit" >>"$log" 2>&1; then
        die "$release: git clone failed (see $log)"
    fi
    mkdir -p "$root/root/.fresh-machine"

    # The namespace must allow what tests/display does as root (cage under unshare --user).
    section "unshare --user --map-user=1000 true"
    inside "$root" unshare --user --map-user=1000 --map-group=1000 true >>"$log" 2>&1 ||
        die "$release: no user namespace inside the root, so the display tests cannot run cage (see $log)"
    python=$(inside "$root" python3 -c 'import platform; print(platform.python_version())')

    # README: "If make reports that it cannot create .venv, install Debian's venv module".
    section "make test, before python3-venv (the README's hint expected)"
    hint=
    if inside "$root" sh -c "cd $CLONE && make test" >>"$log" 2>&1; then
        hint="; make test ran without python3-venv"
    elif ! grep -q 'apt install python3-venv' "$log"; then
        hint="; no python3-venv hint from make test"
        failed=true
    fi
    section "apt install python3-venv"
    inside "$root" sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv' \
        >>"$log" 2>&1 || die "$release: could not install python3-venv (see $log)"

    section "make test"
    t0=$(now)
    inside "$root" sh -c "cd $CLONE && make test" >>"$log" 2>&1
    code=$?
    t1=$(now)
    # pytest's summary, e.g. "1221 passed, 3 skipped in 840.12s (0:14:00)", without its times.
    local summary
    summary=$(grep -E '^=+ .*[0-9]+ (passed|failed|errors?|skipped).* in [0-9.]+s' "$log" |
        tail -1 | sed -E 's/^=+ //; s/ in [0-9.]+s.*//')
    if [ "$code" = 0 ]; then
        test_line="make test PASSED ${summary:-(no pytest summary)} in $(elapsed "$t0" "$t1")"
    else
        failed=true
        local where
        where=$(grep -E '^make(\[[0-9]+\])?: \*\*\* ' "$log" | tail -1)
        test_line="make test FAILED (exit $code after $(elapsed "$t0" "$t1")${summary:+: $summary}${where:+; $where})"
    fi

    section "make run on Xvfb, until painted, then SIGTERM"
    local png=$CACHE/logs/$release-make-run.png
    rm -f "$png"
    inside "$root" python3 -c "$PAINT_CHECK" "$CLONE" /root/.fresh-machine/make-run.png \
        "$PAINT_TIMEOUT_S" >>"$log" 2>&1
    code=$?
    cp "$root/root/.fresh-machine/make-run.png" "$png" 2>/dev/null
    run_line=$(grep '^RESULT ' "$log" | tail -1 | sed 's/^RESULT //')
    if [ "$code" = 0 ]; then
        run_line="make run $run_line"
    else
        failed=true
        run_line="make run FAILED: ${run_line:-exit $code}"
    fi

    # docs/deployment.md, in a second fresh copy: the guide starts from a new machine, not
    # from one that make test has filled. Its own clone address is an example, so it clones the
    # clone above; tools/deployment-guide.sh says what it runs and checks.
    section "docs/deployment.md (tools/deployment-guide.sh), in another fresh copy of the root"
    local guide_root=$run/guide-root guide_line
    cp -a --reflink=auto "$CACHE/pristine/$release" "$guide_root" || die "could not copy the root"
    if ! git clone -q --no-hardlinks "$REPO" "$guide_root$CLONE" >>"$log" 2>&1 ||
        ! git -C "$guide_root$CLONE" checkout -q --detach "$commit" >>"$log" 2>&1; then
        die "$release: git clone failed (see $log)"
    fi
    t0=$(now)
    if inside "$guide_root" sh "$CLONE/tools/deployment-guide.sh" "$CLONE" >>"$log" 2>&1; then
        guide_line="deployment guide followed in $(elapsed "$t0" "$(now)")"
    else
        failed=true
        guide_line="deployment guide FAILED ($(grep '^deployment guide: ' "$log" | tail -1))"
    fi

    local line
    line="$release (Python $python, $short): $test_line; $run_line; $guide_line$hint"
    $failed && line="$line (see $log)"
    line="$line [$(elapsed "$started" "$(now)") in all]"
    printf '%s %s\n' "$(date -u +%FT%TZ)" "$line" >>"$CACHE/logs/results.txt"
    RESULT_LINE=$line
    ! $failed
}

if $shell; then
    [ ${#releases[@]} = 1 ] || die "--shell takes one release"
    root=$CACHE/run/${releases[0]}/root
    [ -d "$root/root" ] || die "no run of ${releases[0]} yet ($root)"
    mkdir -p "$root/etc/fresh-machine"
    cp "$HOST_CA" "$root$ROOT_CA"
    # In the foreground, for the terminal; the namespace ends with the shell.
    unshare --mount --propagation private --pid --fork --kill-child \
        bash -c "$ENTER" enter "$root" bash -l
    exit
fi

status=0
results=()
for release in "${releases[@]}"; do
    RESULT_LINE=
    run_release "$release" || status=1
    results+=("$RESULT_LINE")
    say "$RESULT_LINE"
done
printf '%s\n' "${results[@]}"
exit "$status"
