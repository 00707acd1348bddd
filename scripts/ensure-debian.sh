#!/usr/bin/env bash
# The tests need some of Debian's packages: Chromium and Thai fonts for the browser tests (without
# fonts-thai-tlwg Thai renders as boxes), LibreOffice and poppler for the PDF forms and their tests, nginx for
# the replicas-behind-a-proxy test (its binary only: the tests run their own nginx, never the system service).
# As root this installs what is missing; otherwise it stops with the exact command to run. It never skips.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fonts=$(fc-list 2>/dev/null || true)  # not piped into grep -q: with pipefail, SIGPIPE would read as "missing"
grep -qi -e loma -e garuda -e tlwg <<<"$fonts" || missing+=(fonts-thai-tlwg)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null && command -v pdffonts >/dev/null || missing+=(poppler-utils)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null || missing+=(nginx)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "installing ${missing[*]} from Debian's packages ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The browser and PDF tests need: ${missing[*]}. Install them, then run make test again:" >&2
  echo "    sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
