# Sourced by bin/rapporteur and bin/bench-ui: JVM options that use an ahead-of-time cache (JDK 25's AOT cache:
# classes loaded and linked, and method profiles, from an earlier run) for one build of Rapporteur.
# The cache's name carries a checksum of the class path's jars and the JDK, so a rebuild or another JDK records a new
# one instead of being refused. RAPPORTEUR_AOT=0 turns it off (e.g. to measure a start without it).

# rapporteur_aot_key: a checksum of the class path's jars (names, sizes, times) and the JDK, naming one build's cache.
rapporteur_aot_key() {
  local jars
  jars=$(echo "$CP" | tr ':' '\n' | while read -r entry; do
    case "$entry" in
      *'*') ls -l "${entry%\*}" 2>/dev/null ;;
      *) ls -l "$entry" 2>/dev/null ;;
    esac
  done)
  printf '%s\n%s\n' "$jars" "$JAVA_HOME" | cksum | cut -d' ' -f1
}

# rapporteur_aot_options NAME: prints -XX:AOTCache=... when a cache for this build exists, else -XX:AOTCacheOutput=...
# (the JVM writes the cache when this run ends normally). Uses $CP, $JAVA_HOME and $REPO.
rapporteur_aot_options() {
  [ "${RAPPORTEUR_AOT:-1}" = 0 ] && return 0
  local name=$1 dir="$REPO/target/aot" key
  key=$(rapporteur_aot_key)
  mkdir -p "$dir"
  # A JVM writes warnings about classes it cannot cache; they are not the user's business.
  if [ -f "$dir/$name-$key.aot" ]; then
    echo "-XX:AOTCache=$dir/$name-$key.aot -Xlog:aot=off -Xlog:cds=off"
  else
    rm -f "$dir/$name"-*.aot
    echo "-XX:AOTCacheOutput=$dir/$name-$key.aot -Xlog:aot=off -Xlog:cds=off"
  fi
}

# rapporteur_quiet_aot_options NAME [JVM_OPTION...]: as rapporteur_aot_options, for a command whose console output is its interface
# (rapporteur index, whose --json goes to stdout). The one-step recording above prints the JVM's own lines ("AOTCache
# creation is complete", a child JVM's "Picked up JAVA_TOOL_OPTIONS") on the console when the run ends; here the
# first run only records its configuration, silently (-XX:-DisplayVMOutput), and the next run assembles the cache
# before it starts, its output going nowhere, then uses it (ADR 0020). Uses $CP, $JAVA_HOME, $REPO and JAVA_OPTS.
rapporteur_quiet_aot_options() {
  [ "${RAPPORTEUR_AOT:-1}" = 0 ] && return 0
  local name=$1 dir="$REPO/target/aot" key
  shift # the rest: the run's own JVM options (heap), which the assembled cache must agree with
  key=$(rapporteur_aot_key)
  mkdir -p "$dir"
  local cache="$dir/$name-$key.aot" conf="$dir/$name-$key.aotconf"
  # an assembly that was stopped (the machine shut down) leaves its marker: after 10 minutes it no longer counts
  if [ -n "$(find "$conf.assembling" -mmin +10 2>/dev/null)" ]; then
    rm -f "$conf.assembling"
  fi
  if [ ! -f "$cache" ] && [ -f "$conf" ] && [ ! -f "$conf.assembling" ]; then
    rapporteur_aot_assemble "$name" "$@"
  fi
  if [ -f "$cache" ]; then
    echo "-XX:AOTCache=$cache -Xlog:aot=off -Xlog:cds=off"
  elif [ -f "$conf.assembling" ]; then
    : # assembled in the background right now (the workbench's, after its recording session): start without
  else
    rm -f "$dir/$name"-*.aot "$dir/$name"-*.aotconf
    echo "-XX:AOTMode=record -XX:AOTConfiguration=$conf -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput -Xlog:aot=off -Xlog:cds=off"
  fi
}

# rapporteur_aot_assemble NAME [JVM_OPTION...]: makes the cache from the configuration a quiet recording left, its
# output going nowhere. Written under a temporary name and moved: a run that starts meanwhile never sees half a cache.
# A marker says it is under way, so a start in the meantime neither waits for it nor assembles it a second time.
rapporteur_aot_assemble() {
  local name=$1 dir="$REPO/target/aot" key
  shift
  key=$(rapporteur_aot_key)
  local cache="$dir/$name-$key.aot" conf="$dir/$name-$key.aotconf"
  [ -f "$conf" ] || return 0
  touch "$conf.assembling"
  "$JAVA_HOME/bin/java" "${JAVA_OPTS[@]}" "$@" -XX:AOTMode=create -XX:AOTConfiguration="$conf" \
    -XX:AOTCache="$cache.$$" -Xlog:aot=off -Xlog:cds=off -cp "$CP" >/dev/null 2>&1 \
    && mv -f "$cache.$$" "$cache" || rm -f "$cache.$$"
  rm -f "$conf" "$conf.assembling"
}
