#!/usr/bin/env bash
# Fails when a user-visible string has no finished French translation: runs
# lupdate over the sources into a copy of relais_fr.ts (new strings come in as
# unfinished) and looks for unfinished, empty or missing plural translations.
# Also checks that every plural source has its English forms.
#   check_translations.sh SOURCE_DIR LUPDATE
set -euo pipefail
root=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/resources/translations/relais_fr.ts" "$work/fr.ts"
cp "$root/resources/translations/relais_en.ts" "$work/en.ts"
cd "$root"
"$lupdate" -silent -locations none -no-obsolete -source-language en src ui \
    -target-language fr -ts "$work/fr.ts" 2>/dev/null
"$lupdate" -silent -locations none -no-obsolete -pluralonly -source-language en src ui \
    -target-language en -ts "$work/en.ts" 2>/dev/null
status=0
for file in "$work/fr.ts" "$work/en.ts"; do
    name=$(basename "$file")
    if grep -q 'type="unfinished"' "$file"; then
        echo "$name: untranslated or unfinished strings:" >&2
        # Print the source of each unfinished message.
        awk '/<source>/{src=$0} /type="unfinished"/{print "  " src}' "$file" | sed 's/ *<\/\?source>//g' | head -40 >&2
        status=1
    fi
    if grep -q '<translation></translation>\|<numerusform></numerusform>' "$file"; then
        echo "$name: empty translations" >&2
        status=1
    fi
done
messages=$(grep -c '<message' "$work/fr.ts")
echo "checked $messages French messages"
if [ "$messages" -lt 100 ]; then
    echo "too few messages found: is lupdate scanning the sources?" >&2
    status=1
fi
exit $status
