#!/bin/sh
# Runs docs/deployment.md's steps 1 to 6 word for word, as root, on a fresh Debian machine (or a
# fresh root that tools/fresh-machine.sh made), then checks that `kiosk doctor` says what step 6
# says it will, line by line, and that `kiosk --smoke` passes.
#
#   tools/deployment-guide.sh REPOSITORY     REPOSITORY: what to clone in step 3 (a path or URL)
#
# The commands are taken from the guide itself: every ```sh block from "## 1." up to "## 7.",
# except the X11 route's packages. Two are changed, and only these: step 3's clone address (the
# guide's is an example) and step 5's `kiosk staff add`, which asks for a PIN at the keyboard
# and here reads it from its input instead (--pin-stdin). Step 7 needs systemd, which a fresh
# root does not run: its unit's own ExecStart and ExecStop are run by hand instead (below).
set -eu

[ $# = 1 ] || { echo "usage: $0 REPOSITORY" >&2; exit 2; }
repository=$1
guide=$(mktemp -d)
trap 'rm -rf "$guide"' EXIT

# The guide (from the repository to be deployed, as a reader would have it open).
git clone --quiet "$repository" "$guide/copy"
doc="$guide/copy/docs/deployment.md"

# Steps 1 to 6, one shell script; a block right after the X11 route's line is left out.
awk '
    /^## 1\./ { inside = 1 }
    /^## 7\./ { inside = 0 }
    !inside { next }
    /^For the X11 route/ { skip_next = 1 }
    /^```sh$/ { block = 1; keep = !skip_next; skip_next = 0; next }
    /^```$/ && block { block = 0; next }
    block && keep { print }
' "$doc" >"$guide/steps.sh"

sed -i \
    -e "s|^git clone https://example.org/your-clinic/rfa-kiosk.git /opt/rfa-kiosk .*|git clone $repository /opt/rfa-kiosk|" \
    -e "s|^su - kiosk -c 'kiosk staff add \"Ann Lee\"'\$|echo 274019 \| su - kiosk -c 'kiosk staff add \"Ann Lee\" --pin-stdin'|" \
    "$guide/steps.sh"
grep -q "^git clone $repository " "$guide/steps.sh" || { echo "step 3's clone not found" >&2; exit 1; }
grep -q -- "--pin-stdin" "$guide/steps.sh" || { echo "step 5's staff add not found" >&2; exit 1; }

# The doctor lines step 6 promises, each up to where the guide shortened it ("...").
awk '
    /^## 6\./ { inside = 1 }
    /^## 7\./ { inside = 0 }
    inside && /^```text$/ { block = 1; next }
    block && /^```$/ { block = 0 }
    block { sub(/ \.\.\.$/, ""); print }
' "$doc" >"$guide/expected.txt"
[ -s "$guide/expected.txt" ] || { echo "step 6's doctor lines not found" >&2; exit 1; }

# The reader answers apt's "Do you want to continue? [Y/n]" with yes.
echo 'APT::Get::Assume-Yes "true";' >"$guide/apt.conf"

echo "deployment guide: running steps 1 to 6 ($(grep -c . "$guide/steps.sh") lines)"
cd /
# Step 6's own commands run inside steps.sh; their output is what is compared below.
APT_CONFIG="$guide/apt.conf" DEBIAN_FRONTEND=noninteractive \
    sh -ex "$guide/steps.sh" >"$guide/out.txt" 2>&1 </dev/null || {
    status=$?
    tail -n 40 "$guide/out.txt" >&2
    echo "deployment guide: a step failed (status $status)" >&2
    exit 1
}

doctor_status=0
su - kiosk -c 'kiosk doctor' >"$guide/doctor.txt" 2>&1 || doctor_status=$?
failed=0
while IFS= read -r wanted; do
    grep -qF -- "$wanted" "$guide/doctor.txt" || {
        echo "deployment guide: doctor does not say: $wanted" >&2
        failed=1
    }
done <"$guide/expected.txt"
if [ "$doctor_status" != 0 ] || [ "$failed" != 0 ] ||
    [ "$(grep -c . "$guide/doctor.txt")" != "$(grep -c . "$guide/expected.txt")" ]; then
    cat "$guide/doctor.txt" >&2
    echo "deployment guide: doctor (status $doctor_status) differs from step 6" >&2
    exit 1
fi
su - kiosk -c 'kiosk --smoke'
echo "deployment guide: steps 1 to 6 as written; doctor as step 6 says; smoke test passed"

# Step 7 without systemd: the unit's ExecStart as the unit runs it (user kiosk, the unit's
# Environment), cage on a headless output instead of the screen, and a socket in systemd's place
# that waits for the kiosk's READY=1. Then doctor must say OK to the heartbeat too, and the
# unit's ExecStop must end the kiosk and cage.
unit=/opt/rfa-kiosk/deploy/rfa-kiosk.service
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
exec_stop=$(sed -n "s/^ExecStop=\/bin\/sh -c '\(.*\)'\$/\1/p" "$unit")
[ -n "$exec_start" ] && [ -n "$exec_stop" ] || { echo "no ExecStart/ExecStop in $unit" >&2; exit 1; }
runtime=/run/user/$(id -u kiosk)
mkdir -p -m 0700 "$runtime"
chown kiosk:kiosk "$runtime"
python3 - "$exec_start" "$exec_stop" "$runtime" <<'END'
import os, socket, subprocess, sys, time

exec_start, exec_stop, runtime = sys.argv[1:]
notify_path = f"{runtime}/notify"
notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
notify.bind(notify_path)
os.chmod(notify_path, 0o777)
env = {
    "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/home/kiosk", "USER": "kiosk",
    "LANG": "C.UTF-8", "XDG_RUNTIME_DIR": runtime, "NOTIFY_SOCKET": notify_path,
    # The unit's Environment= lines.
    "QT_QPA_PLATFORM": "wayland;xcb", "PYTHONFAULTHANDLER": "1",
    # No screen here: wlroots' headless output, drawn without a GPU.
    "WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman", "WLR_LIBINPUT_NO_DEVICES": "1",
}
start = time.monotonic()
cage = subprocess.Popen(["/usr/sbin/runuser", "-u", "kiosk", "--", "sh", "-c", exec_start], env=env)
notify.settimeout(90)
message = ""
try:
    while "READY=1" not in message.split("\n"):
        message = notify.recv(4096).decode()
except TimeoutError:
    cage.kill()
    sys.exit("deployment guide: no READY=1 from the kiosk under cage within 90 s")
print(f"deployment guide: the unit's ExecStart: READY=1 after {time.monotonic() - start:.1f} s")
doctor = subprocess.run(["su", "-", "kiosk", "-c", "kiosk doctor"], capture_output=True, text=True)
print(doctor.stdout, end="")
heartbeat = [line for line in doctor.stdout.splitlines() if " heartbeat: " in line]
if doctor.returncode != 0 or not heartbeat or not heartbeat[0].startswith("OK "):
    cage.kill()
    sys.exit("deployment guide: doctor is not all OK while the kiosk runs")
# systemd's MAINPID is cage itself (here runuser's child).
main_pid = subprocess.run(["pgrep", "-u", "kiosk", "-x", "cage"], capture_output=True, text=True)
stop = exec_stop.replace("${MAINPID}", main_pid.stdout.split()[0])
stopped = time.monotonic()
subprocess.run(["sh", "-c", stop], check=False, timeout=30)
try:
    code = cage.wait(timeout=10)
except subprocess.TimeoutExpired:
    cage.kill()
    sys.exit("deployment guide: the unit's ExecStop left cage running")
print(f"deployment guide: the unit's ExecStop: cage ended in {time.monotonic() - stopped:.1f} s (status {code})")
END
echo "deployment guide: step 7's commands start the kiosk in cage, doctor all OK, ExecStop stops it"
