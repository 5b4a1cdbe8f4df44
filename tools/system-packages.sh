#!/bin/sh
# Debian packages the kiosk needs beside Python's: Qt's text-to-speech (read-aloud) loads Qt
# Multimedia, which links PulseAudio's client library (libpulse0). Installs what is missing when
# run as root or with password-less sudo; otherwise says what to install.
#   tools/system-packages.sh          warn only (make run: the kiosk hides "Read to me")
#   tools/system-packages.sh --need   fail when missing (make test: read-aloud is tested)
set -u
if /sbin/ldconfig -p 2>/dev/null | grep -q 'libpulse\.so\.0 '; then
    exit 0
fi
install="env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libpulse0"
if [ "$(id -u)" = 0 ]; then
    $install >/dev/null || { apt-get update -q >/dev/null && $install >/dev/null; } && exit 0
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo $install >/dev/null || { sudo apt-get update -q >/dev/null && sudo $install >/dev/null; } && exit 0
fi
echo "make: read-aloud needs PulseAudio's client library: sudo apt install libpulse0" >&2
[ "${1:-}" = "--need" ] && exit 1
exit 0
