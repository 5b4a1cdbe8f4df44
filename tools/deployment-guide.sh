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
# and here reads it from its input instead (--pin-stdin). Nothing here runs systemd (step 7).
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
