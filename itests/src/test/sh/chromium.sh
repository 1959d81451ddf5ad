#!/usr/bin/env bash
# The dashboard's browser test drives Debian's Chromium and ChromeDriver (nothing is downloaded by a test tool).
# Installs them when missing, once; a no-op when they are there. Run by the itests build before the integration tests.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
echo "itests: chromium en chromium-driver ontbreken; installeren met apt-get (Debian)..."
if [ "$(id -u)" = 0 ]; then
  als_root=()
elif command -v sudo > /dev/null && sudo -n true 2> /dev/null; then
  als_root=(sudo -n)
else
  echo "itests: installeer eerst de Debian-pakketten chromium en chromium-driver (apt-get install chromium chromium-driver)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${als_root[@]}" apt-get install -y -q chromium chromium-driver > /dev/null \
  || { "${als_root[@]}" apt-get update -q > /dev/null && "${als_root[@]}" apt-get install -y -q chromium chromium-driver > /dev/null; }
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || { echo "itests: chromium of chromedriver na installatie niet gevonden" >&2; exit 1; }
