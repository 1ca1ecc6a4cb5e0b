# imports stay inside the project root; cycles, missing files and escapes are findings.
source "$(dirname "$0")/lib.sh"

root=$(new_project imports)
mkdir -p "$root/journeys" "$root/catalog"
write_catalogue "$root/catalog/shared.yaml"
write_journey "$root/journeys/ok.yaml" ../catalog/shared.yaml
run lint "$root/journeys/ok.yaml"
expect_status 0
run build "$root/journeys/ok.yaml" -o "$WORK/ok.svg"
expect_status 0
expect_in "$WORK/ok.svg" "Shopper"

# Climbing above the root (the folder holding .git).
echo "secret: 1" >"$WORK/outside.yaml"
write_journey "$root/journeys/climb.yaml" ../../outside.yaml
run lint "$root/journeys/climb.yaml"
expect_status 1
expect_in "$WORK/out" "climb.yaml:4:5: error: import '../../outside.yaml' climbs above the project root [import-outside-root]"
expect_not_in "$WORK/out" "secret"

# An absolute path.
write_journey "$root/journeys/absolute.yaml" "$WORK/outside.yaml"
run lint "$root/journeys/absolute.yaml"
expect_status 1
expect_in "$WORK/out" "is an absolute path [import-outside-root]"

# A symbolic link inside the root that leads outside.
ln -s "$WORK/outside.yaml" "$root/catalog/link.yaml"
write_journey "$root/journeys/link.yaml" ../catalog/link.yaml
run lint "$root/journeys/link.yaml"
expect_status 1
expect_in "$WORK/out" "leads outside the project root through a symbolic link [import-outside-root]"

# --root narrows the sandbox: the catalogue is now outside.
run lint --root "$root/journeys" "$root/journeys/ok.yaml"
expect_status 1
expect_in "$WORK/out" "climbs above the project root [import-outside-root]"

# A missing file.
write_journey "$root/journeys/missing.yaml" ../catalog/nope.yaml
run lint "$root/journeys/missing.yaml"
expect_status 1
expect_in "$WORK/out" "error: imported file"
expect_in "$WORK/out" "nope.yaml' does not exist [import-missing]"

# A cycle: a imports b imports a. An error, not a hang.
write_catalogue "$root/catalog/a.yaml" b.yaml
printf 'jmap: 1\nimports: [a.yaml]\npersonas: [{id: other, name: Other}]\n' >"$root/catalog/b.yaml"
write_journey "$root/journeys/cycle.yaml" ../catalog/a.yaml
run lint "$root/journeys/cycle.yaml"
expect_status 1
expect_in "$WORK/out" "b.yaml:2:11: error: import 'a.yaml' forms a cycle: it is already being imported [import-cycle]"

# A diamond is not a cycle: two imports of one file load it once (no duplicate ids).
printf 'jmap: 1\nimports: [shared.yaml]\n' >"$root/catalog/left.yaml"
printf 'jmap: 1\nimports: [shared.yaml]\n' >"$root/catalog/right.yaml"
write_journey "$root/journeys/diamond.yaml" ../catalog/left.yaml ../catalog/right.yaml
run lint "$root/journeys/diamond.yaml"
expect_status 0

# Ids are unique across a journey and its imports.
write_journey "$root/journeys/clash.yaml" ../catalog/shared.yaml
printf 'personas: [{id: shared-p, name: Again}]\n' >>"$root/journeys/clash.yaml"
run lint "$root/journeys/clash.yaml"
expect_status 1
expect_in "$WORK/out" "error: duplicate persona id 'shared-p' [duplicate-id]"
echo "ok"
