#!/bin/sh
# Debian packages the kiosk needs beside Python's, installed when missing. It runs at every
# make run and make test, so it only asks dpkg (one call, a few milliseconds) when all is there.
#
#   tools/system-packages.sh          make run, make kiosk, make install: Qt's libraries (X11 and
#                                     Wayland), the font and PulseAudio's client library for
#                                     read-aloud
#   tools/system-packages.sh --test   make test: all of the above plus the display servers and
#                                     tools that tests/display drives
#
# It installs as root or with password-less sudo (apt-get update only if the first attempt
# fails); otherwise it prints the one apt command to run and fails (exit 1): without these Qt
# cannot start, and says why only in words that do not name the package. "a|b" means either name will do: Debian
# 13 and Ubuntu 24.04 renamed some libraries with a t64 suffix; the one apt knows is installed.
set -u

# Qt's own libraries on a minimal Debian (ldd on PySide6's Qt), its X11 (xcb) and Wayland
# plugins, the kiosk's font (DejaVu Sans) and libpulse0 (Qt's text-to-speech loads it).
run="libglib2.0-0t64|libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3
libpulse0 fonts-dejavu-core
libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1
libxcb-render-util0 libxcb-image0 libx11-xcb1
libwayland-client0 libwayland-cursor0 libwayland-egl1"

# tests/display: Xvfb (and xauth, for xvfb-run), xwininfo and xprop (x11-utils), xwd
# (x11-apps), xsetroot (x11-xserver-utils), xdotool, the openbox window manager, and cage with
# grim for Wayland. cage starts Xwayland for X11 programs, and Debian 12's cage does not pull
# it in (the kiosk itself speaks Wayland there).
test="xvfb xauth x11-utils x11-apps x11-xserver-utils xdotool openbox cage xwayland grim"

wanted=$run
who="the kiosk needs"
case "${1:-}" in
    "") ;;
    --test) wanted="$run $test" who="the tests need" ;;
    *) echo "usage: $0 [--test]" >&2; exit 2 ;;
esac

# Every package dpkg has as fully installed ("install ok installed", "hold ok installed").
# shellcheck disable=SC2086 # one word per package
installed=" $(dpkg-query -W -f='${Package} ${Status}\n' $(echo $wanted | tr '|' ' ') 2>/dev/null |
    awk '$NF == "installed" { printf "%s ", $1 }')"

missing=
for entry in $wanted; do
    IFS='|'
    found=false
    for name in $entry; do
        case $installed in *" $name "*) found=true ;; esac
    done
    unset IFS
    $found || missing="$missing $entry"
done
[ -z "$missing" ] && exit 0

# For "a|b": the first name apt knows (slow, so only for what is missing and has two names).
names() {
    for entry in $missing; do
        case $entry in
            *"|"*) ;;
            *) printf ' %s' "$entry"; continue ;;
        esac
        pick=${entry##*|}
        IFS='|'
        for name in $entry; do
            if apt-cache show "$name" >/dev/null 2>&1; then
                pick=$name
                break
            fi
        done
        unset IFS
        printf ' %s' "$pick"
    done
}

if [ "$(id -u)" = 0 ]; then
    sudo=
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
else
    echo "make: $who these Debian packages: sudo apt install$(names)" >&2
    exit 1
fi

install() {
    packages=$(names)
    echo "make: installing$packages" >&2
    # shellcheck disable=SC2086 # one word per package
    $sudo env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends $packages >/dev/null
}
install || { $sudo apt-get update -q >/dev/null && install; } && exit 0
echo "make: could not install what $who:$missing (see apt's message above)" >&2
exit 1
