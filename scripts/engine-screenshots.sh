#!/usr/bin/env bash
# Screenshots of a running Task Share in the two engines the browser tests do not drive: Gecko
# (Firefox ESR) and WebKit (WebKitGTK, the engine of Safari), to look at beside the Chromium
# screenshots of `npm run screenshots`. Playwright's own Firefox and WebKit builds cannot be
# downloaded here, and it cannot drive Debian's; Firefox takes a screenshot headless by itself,
# and WebKitGTK through its WebDriver under a virtual display.
#
# Usage: scripts/engine-screenshots.sh BASE_URL [OUT_DIR]   (installs the engines when missing)
set -euo pipefail

base="${1:?usage: $0 BASE_URL [OUT_DIR]}"
out="${2:-screenshots/engines}"
# name:path
pages=("overview:/" "drill-down:/tags/code%3Ageneral_impl" "models:/models" "providers:/providers")
themes=(light dark)
width=1280
height=2400
webdriver_port=4444
minibrowser=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser

if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null ||
  ! command -v xvfb-run >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb >/dev/null
fi
mkdir -p "$out"

# The "value" of a WebDriver answer on stdin, or one field of it.
value_of() {
  node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>{const v=JSON.parse(s).value;console.log(process.argv[1]?v[process.argv[1]]:v)})' "${1:-}"
}

webdriver() {
  local method="$1" path="$2" body="${3:-}"
  curl -sf -X "$method" "http://localhost:${webdriver_port}${path}" \
    -H 'content-type: application/json' ${body:+-d "$body"}
}

xvfb-run -a -s "-screen 0 ${width}x${height}x24" WebKitWebDriver --port="$webdriver_port" \
  >/dev/null 2>&1 &
driver=$!
trap 'kill "$driver" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do webdriver GET /status >/dev/null 2>&1 && break; sleep 0.2; done
session=$(webdriver POST /session "{\"capabilities\":{\"alwaysMatch\":{\"webkitgtk:browserOptions\":{\"binary\":\"${minibrowser}\",\"args\":[\"--automation\"]}}}}" |
  value_of sessionId)
webdriver POST "/session/${session}/window/rect" "{\"width\":${width},\"height\":${height}}" >/dev/null

for page in "${pages[@]}"; do
  for theme in "${themes[@]}"; do
    url="${base}${page#*:}?theme=${theme}"
    name="${page%%:*}-${theme}"
    firefox-esr --headless --no-remote --profile "$(mktemp -d)" --window-size="${width},${height}" \
      --screenshot "${out}/firefox-${name}.png" "$url" >/dev/null 2>&1
    webdriver POST "/session/${session}/url" "{\"url\":\"${url}\"}" >/dev/null
    webdriver GET "/session/${session}/screenshot" | value_of | base64 -d >"${out}/webkit-${name}.png"
    echo "${out}/{firefox,webkit}-${name}.png"
  done
done
webdriver DELETE "/session/${session}" >/dev/null
