#!/usr/bin/env bash
# The PDF forms need LibreOffice (DOCX -> PDF, shapes Thai correctly) and poppler (pdftoppm, pdffonts,
# pdftotext: previews and the PDF tests). As root this installs them; otherwise it stops with the exact
# command to run. It never skips.
set -euo pipefail
missing=()
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null && command -v pdffonts >/dev/null || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "installing ${missing[*]} from Debian's packages ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The PDF forms and their tests need: ${missing[*]}. Install them, then run make test again:" >&2
  echo "    sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
