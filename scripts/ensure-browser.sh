#!/usr/bin/env bash
# The browser tests need Debian's Chromium and Thai fonts (without fonts-thai-tlwg Thai renders as boxes).
# As root this installs them; otherwise it stops with the exact command to run. It never skips.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi -e loma -e garuda -e tlwg || missing+=(fonts-thai-tlwg)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "installing ${missing[*]} from Debian's packages ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The browser tests need: ${missing[*]}. Install them, then run make test again:" >&2
  echo "    sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
