#!/usr/bin/env bash
# Makes the README screenshots from the real app under Xvfb: the sample
# article with a few claims reviewed, German interface, light and dark.
# Needs xvfb, xauth, libgl1-mesa-dri and imagemagick (import, convert-im6.q16).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/factdesk" ./cmd/factdesk
fd="$tmp/factdesk"
db="$tmp/review.db"

"$fd" import -db "$db" -title "Hafen Rostock meldet Rekordumschlag mit Norwegen" \
  -outlet "Beispiel-Zeitung (erfunden)" -url "https://example.org/wirtschaft/hafen-rostock-rekord" \
  -published 2026-03-02 assets/sample.de.txt >/dev/null
article=$("$fd" list -db "$db" -json | sed -n 's/.*"id": "\([^"]*\)".*/\1/p' | head -1)
mapfile -t ids < <("$fd" list -db "$db" -article "$article" | cut -d' ' -f1)
verdicts=(true true mostly-true true missing-context unproven true mostly-false)
for i in "${!verdicts[@]}"; do
  "$fd" review -db "$db" -claim "${ids[$i]}" -verdict "${verdicts[$i]}" -reviewer "Anna Berger" \
    -note "Geprüft anhand der Jahresbilanz." >/dev/null
done
"$fd" review -db "$db" -claim "${ids[0]}" -reviewer "Anna Berger" \
  -source "https://example.org/hafen-rostock/jahresbilanz-2025.pdf" -source-title "Jahresbilanz 2025 des Überseehafens" >/dev/null

for variant in light dark; do
  cfg="$tmp/config-$variant/fyne/org.factdesk.workbench"
  mkdir -p "$cfg"
  echo '{"reviewer":"Anna Berger","language":"de"}' >"$cfg/preferences.json"
  XDG_CONFIG_HOME="$tmp/config-$variant" FYNE_THEME=$variant LANG=de_DE.UTF-8 \
    xvfb-run -a -s "-screen 0 1440x900x24" bash -c \
    "'$fd' -db '$db' -quit-after 12s & sleep 8; import -window root '$tmp/$variant.png'; wait"
  convert-im6.q16 "$tmp/$variant.png" -crop 1280x760+0+0 +repage "docs/screenshot-de-$variant.png"
done
echo "wrote docs/screenshot-de-light.png docs/screenshot-de-dark.png"
