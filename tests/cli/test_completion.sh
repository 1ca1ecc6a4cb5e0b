# jmap completion bash|zsh|fish: commands, options, their values (formats, views,
# themes, rule ids) and the persona ids of the journey on the line.
source "$(dirname "$0")/lib.sh"

bindir="$WORK/bin"
mkdir -p "$bindir"
ln -s "$JMAP" "$bindir/jmap"
export PATH="$bindir:$PATH"
cd "$EXAMPLES"

run completion bash
expect_status 0
cp "$WORK/out" "$WORK/jmap.bash"
# complete WORDS...: the candidates bash offers for the last word (one per line, sorted).
complete_bash() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _jmap; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$WORK/jmap.bash" "$@" | sort
}
commands=$(complete_bash jmap "")
for command in build lint rules explain schema template init completion help; do
  echo "$commands" | grep -x "$command" >/dev/null || fail "bash: command $command not offered: $commands"
done
echo "$commands" | grep "__complete" >/dev/null && fail "bash: the hidden helper is offered"
[ "$(complete_bash jmap bu)" = "build" ] || fail "bash: 'bu' does not complete to build"
[ "$(complete_bash jmap build x.yaml --view "" | tr '\n' ' ')" = "blueprint flow map " ] ||
  fail "bash: --view values: $(complete_bash jmap build x.yaml --view "")"
[ "$(complete_bash jmap build x.yaml --page "" | tr '\n' ' ')" = "a2 a3 a4 letter tabloid " ] ||
  fail "bash: --page values: $(complete_bash jmap build x.yaml --page "")"
complete_bash jmap build x.yaml --orientation "" | grep -x portrait >/dev/null || fail "bash: --orientation values"
complete_bash jmap build x.yaml --theme "" | grep -x dark >/dev/null || fail "bash: --theme values"
complete_bash jmap build x.yaml -f "" | grep -x html >/dev/null || fail "bash: build --format values"
complete_bash jmap lint -f "" | grep -x sarif >/dev/null || fail "bash: lint --format values (from its check)"
complete_bash jmap build x.yaml --d | grep -x -- "--depfile" >/dev/null || fail "bash: build options"
complete_bash jmap lint --w | grep -x -- "--watch" >/dev/null || fail "bash: lint options"
# A flag takes no value: the word after it is completed as usual.
grep -qF -- '--watch)' "$WORK/jmap.bash" && fail "bash: --watch completed as an option with a value"
complete_bash jmap build x.yaml --watch --vi | grep -x -- "--view" >/dev/null || fail "bash: options after a flag"
complete_bash jmap explain "" | grep -x "import-cycle" >/dev/null || fail "bash: rule ids for explain"
[ "$(complete_bash jmap completion "" | tr '\n' ' ')" = "bash fish zsh " ] || fail "bash: shells"
complete_bash jmap init --template "" | grep -x "service-blueprint" >/dev/null || fail "bash: init templates"
# The persona ids of the journey on the line, imported ones included.
personas=$(complete_bash jmap build ecommerce-first-order.yaml -o m.svg --persona "")
echo "$personas" | grep -x "busy-parent" >/dev/null || fail "bash: imported persona ids: $personas"
[ "$(complete_bash jmap build ecommerce-first-order.yaml --persona ret)" = "retired-shopper" ] || fail "bash: persona prefix"
# Quiet on a file that does not parse or does not exist.
[ -z "$(complete_bash jmap build "$DATA/does-not-exist.yaml" --persona "")" ] || fail "bash: a missing file gave candidates"
run __complete personas "$DATA/does-not-exist.yaml"
expect_status 0
[ ! -s "$WORK/err" ] || fail "__complete printed on stderr"

# zsh and fish: the scripts parse; fish completes from its script.
command -v zsh >/dev/null || { echo "zsh is not installed (setup.sh test)" >&2; exit 77; }
command -v fish >/dev/null || { echo "fish is not installed (setup.sh test)" >&2; exit 77; }
run completion zsh
expect_status 0
expect_in "$WORK/out" "#compdef jmap"
zsh -n "$WORK/out" 2>"$WORK/zsh.err" || fail "zsh -n: $(cat "$WORK/zsh.err")"
# zsh runs it: compinit, the script, and the function's first-word candidates through a stub compadd.
cp "$WORK/out" "$WORK/_jmap"
zsh -f -c 'autoload -U compinit; compinit -u -D; source "$1"; _describe() { local -a l=(${(P)2}); print -l ${l%%:*}; };
  words=(jmap ""); CURRENT=2; _jmap' _ "$WORK/_jmap" >"$WORK/zsh.out" 2>&1 || true
grep -qx "build" "$WORK/zsh.out" || fail "zsh: no commands: $(cat "$WORK/zsh.out")"
run completion fish
expect_status 0
cp "$WORK/out" "$WORK/jmap.fish"
fish -n "$WORK/jmap.fish" 2>"$WORK/fish.err" || fail "fish -n: $(cat "$WORK/fish.err")"
complete_fish() { fish --no-config -c "source $WORK/jmap.fish; complete -C '$1'" | cut -f1 | sort; }
complete_fish "jmap " | grep -x build >/dev/null || fail "fish: commands: $(complete_fish "jmap ")"
complete_fish "jmap build x.yaml --view " | grep -x blueprint >/dev/null || fail "fish: --view values"
complete_fish "jmap build x.yaml --dep" | grep -x -- "--depfile" >/dev/null || fail "fish: options"
complete_fish "jmap build ecommerce-first-order.yaml --persona " | grep -x busy-parent >/dev/null ||
  fail "fish: persona ids: $(complete_fish "jmap build ecommerce-first-order.yaml --persona ")"
echo "ok"
