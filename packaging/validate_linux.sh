#!/usr/bin/env bash
# Validate the launcher and the AppStream metainfo with the freedesktop tools.
# Installs the Debian packages that provide them (desktop-file-utils, appstream)
# when they are missing; `apt-get update` first, which can take a minute.
set -euo pipefail
cd "$(dirname "$0")/linux"

missing=()
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null || missing+=(appstream)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} (apt-get update first)"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

desktop-file-validate io.github.resilience_desktop.desktop
echo "ok: desktop-file-validate io.github.resilience_desktop.desktop"
appstreamcli validate --no-net --pedantic io.github.resilience_desktop.metainfo.xml
echo "ok: appstreamcli validate --no-net io.github.resilience_desktop.metainfo.xml"
