#!/usr/bin/env bash
# Saves the window's screenshots shown in README.md: chat, settings and model manager,
# light and dark, in English, Vietnamese and Chinese (offscreen, 1280×800); and the chat
# and model manager at 800×600 and 1440×900, in English.
#   scripts/screenshots.sh [out-dir]      (default: docs/screenshots)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="${1:-$root/docs/screenshots}"
build="${LINNET_BUILD_DIR:-$root/build}"
model="${LINNET_SHARED_DIR:-$root/../shared}/models/tiny/tiny-rwkv-7v0-834K-FP32.bin"
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

# The models page shows the data folder, so it gets a plain name instead of a random
# temporary one. A marker file says the folder is this script's to delete.
data="${LINNET_SCREENSHOT_DATA:-/tmp/Linnet}"
marker=".linnet-screenshots"
if [[ -e "$data" && ! -e "$data/$marker" ]]; then
  echo "$data exists and was not made by this script; set LINNET_SCREENSHOT_DATA" >&2
  exit 1
fi
trap 'rm -rf "$data"' EXIT
cli="$build/app/linnet-cli"
samples="$root/scripts/screenshot-chats"

# A conversation without messages, as Linnet exports it: title, one time for both.
chat_json() {
  printf '{"format": "linnet-conversation", "version": 1, "title": "%s", "created": "%s", "updated": "%s", ' "$1" "$2" "$2"
  printf '"model": "%s", "settings": {}, "messages": %s}\n' "$model" "$3"
}

# One screenshot: shot NAME [linnet options…]. The app waits for the loaded model and
# the laid-out chat before it grabs, and warns when it had to give up waiting: its
# screenshot lines are shown.
shot() {
  local png="$out/$1.png"
  shift
  log=$("$build/app/linnet" --data-dir "$data" --model "$model" "$@" --screenshot "$png" 2>&1 >/dev/null) ||
    { echo "$log" >&2; exit 1; }
  grep "screenshot:" <<<"$log" >&2 || true
  echo "$png"
}

for lang in en vi zh_CN; do
  rm -rf "$data"
  mkdir -p "$data"
  touch "$data/$marker"
  # The tiny test model writes nonsense, so the sample chats are imported, as a user
  # imports an export: older chats by title only, a day apart, then the one on screen.
  "$cli" models import --data-dir "$data" "$model" >/dev/null
  day=1
  while IFS= read -r title; do
    chat_json "$title" "$(date -u -d "-$day day" +%FT%TZ)" '[]' >"$data/chat.json"
    "$cli" import --data-dir "$data" "$data/chat.json" >/dev/null
    day=$((day + 1))
  done <"$samples/$lang-titles.txt"
  sed -e "s|@NOW@|$(date -u +%FT%TZ)|g" -e "s|@MODEL@|$model|g" "$samples/$lang.json" >"$data/chat.json"
  "$cli" import --data-dir "$data" "$data/chat.json" >/dev/null
  for theme in light dark; do
    for view in chat settings models; do
      args=(--language "$lang" --theme "$theme")
      [[ $view != chat ]] && args+=(--show "$view")
      shot "$view-$theme-$lang" "${args[@]}"
    done
  done
  if [[ $lang == en ]]; then
    for size in 800x600 1440x900; do
      shot "chat-light-en-$size" --language en --theme light --size "$size"
      shot "models-light-en-$size" --language en --theme light --size "$size" --show models
    done
  fi
done
