# Sourced by bin/rapporteur and bin/bench-ui: JVM options that use an ahead-of-time cache (JDK 25's AOT cache:
# classes loaded and linked, and method profiles, from an earlier run) for one build of Rapporteur.
# The cache's name carries a checksum of the class path's jars and the JDK, so a rebuild or another JDK records a new
# one instead of being refused. RAPPORTEUR_AOT=0 turns it off (e.g. to measure a start without it).

# rapporteur_aot_options NAME: prints -XX:AOTCache=... when a cache for this build exists, else -XX:AOTCacheOutput=...
# (the JVM writes the cache when this run ends normally). Uses $CP, $JAVA_HOME and $REPO.
rapporteur_aot_options() {
  [ "${RAPPORTEUR_AOT:-1}" = 0 ] && return 0
  local name=$1 dir="$REPO/target/aot" key jars
  jars=$(echo "$CP" | tr ':' '\n' | while read -r entry; do
    case "$entry" in
      *'*') ls -l "${entry%\*}" 2>/dev/null ;;
      *) ls -l "$entry" 2>/dev/null ;;
    esac
  done)
  key=$(printf '%s\n%s\n' "$jars" "$JAVA_HOME" | cksum | cut -d' ' -f1)
  mkdir -p "$dir"
  # A JVM writes warnings about classes it cannot cache; they are not the user's business.
  if [ -f "$dir/$name-$key.aot" ]; then
    echo "-XX:AOTCache=$dir/$name-$key.aot -Xlog:aot=off -Xlog:cds=off"
  else
    rm -f "$dir/$name"-*.aot
    echo "-XX:AOTCacheOutput=$dir/$name-$key.aot -Xlog:aot=off -Xlog:cds=off"
  fi
}
