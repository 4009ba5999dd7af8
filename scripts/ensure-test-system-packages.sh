#!/bin/sh
# System packages some tests use, installed only when missing (CI runs as root on Debian):
# Debian's chromium for the dashboard's browser tests (playwright-core never downloads a browser),
# and a CJK font for the PDF fixtures pdfkit writes. Without them those tests skip, so a developer
# machine needs neither.
set -eu
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing="$missing fonts-wqy-microhei"
[ -n "$missing" ] || exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-test-system-packages: missing$missing (apt-get install as root); the tests that need them will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends $missing
