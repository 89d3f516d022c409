# Sourced by the scripts in bin/: sets JAVA_HOME to a JDK >= 25, or explains what to install and exits.
# Order: $JAVA_HOME when new enough, then the newest JDK in the usual places of Linux, macOS and Windows (Git Bash).

rapporteur_java_major() { # prints the feature version of the JDK in $1, or nothing
  local home=$1 v=""
  [ -x "$home/bin/javac" ] || [ -x "$home/bin/javac.exe" ] || return 0
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  fi
  echo "$v"
}

rapporteur_find_java() {
  local need=25 best="" best_v=0 cand v
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(rapporteur_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge "$need" ]; then return 0; fi
  fi
  for cand in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/opt/openjdk*/libexec/openjdk.jdk/Contents/Home \
              /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home \
              "$HOME"/.sdkman/candidates/java/* "/c/Program Files/Eclipse Adoptium/"* "/c/Program Files/Java/"* \
              "/c/Program Files/Microsoft/"jdk*; do
    [ -d "$cand" ] || continue
    v=$(rapporteur_java_major "$cand")
    if [ -n "$v" ] && [ "$v" -ge "$need" ] && [ "$v" -gt "$best_v" ]; then best=$cand; best_v=$v; fi
  done
  if [ -z "$best" ]; then
    cat >&2 <<MSG
Rapporteur needs a JDK $need or newer, and none was found (JAVA_HOME=${JAVA_HOME:-unset}).
Install one, e.g. Eclipse Temurin $need from https://adoptium.net
  Debian/Ubuntu: apt-get install temurin-$need-jdk  (after adding the Adoptium apt repository)
  macOS:         brew install --cask temurin@$need
  Windows:       winget install EclipseAdoptium.Temurin.$need.JDK
then run this again, or set JAVA_HOME to it.
MSG
    exit 3
  fi
  export JAVA_HOME=$best
}

rapporteur_find_java
export PATH="$JAVA_HOME/bin:$PATH"

rapporteur_mvn() {
  if command -v mvn >/dev/null 2>&1; then
    mvn "$@"
  else
    echo "Maven (mvn) is needed to build Rapporteur: install it (apt-get install maven / brew install maven)." >&2
    exit 3
  fi
}
