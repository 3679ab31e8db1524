#!/usr/bin/env bash
# make install PREFIX=...: the jar, the launcher, man pages, completions, a private runtime when a JDK 25+ is
# here, and start-up archives trained for the JDK the launcher will use.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="$1"
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java="$(command -v java)"; fi
home="$(dirname "$(dirname "$(readlink -f "$java")")")"

# feature HOME: the JDK's feature version (17, 25, ...), from its release file; empty when unknown
feature() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true; }
feature="$(feature "$home")"

# A private runtime (jlink) from the newest JDK 25+ on this machine, which the launcher prefers: JDK 25's AOT cache
# starts inquirly ~80 ms sooner than JDK 17's class-data archive, and a runtime holding only the modules inquirly
# uses starts ~20 ms sooner than the full JDK; its cache cannot go stale when a system JDK is updated.
# Looked for: the installing JDK, then the usual install directories. INQUIRLY_RUNTIME_JDK names the JDK to use;
# INQUIRLY_JLINK=no builds none (the launcher then uses the JDK it finds at run time).
runtime_jdk=""
if [ "${INQUIRLY_JLINK:-yes}" != no ]; then
  if [ -n "${INQUIRLY_RUNTIME_JDK:-}" ]; then
    candidates=("$INQUIRLY_RUNTIME_JDK")
  else
    candidates=("$home" /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
      "${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/*)
  fi
  best=0
  for candidate in "${candidates[@]}"; do
    f="$(feature "$candidate")"
    if [ -n "$f" ] && [ "$f" -ge 25 ] && [ "$f" -gt "$best" ] && [ -x "$candidate/bin/jlink" ]; then
      runtime_jdk="$candidate"
      best="$f"
    fi
  done
  if [ -n "${INQUIRLY_RUNTIME_JDK:-}" ] && [ -z "$runtime_jdk" ]; then
    echo "error: INQUIRLY_RUNTIME_JDK=$INQUIRLY_RUNTIME_JDK is not a JDK 25 or newer with jlink" >&2
    exit 1
  fi
fi
# (the choices above are made before anything is written: a refused INQUIRLY_RUNTIME_JDK installs nothing)
lib="$prefix/lib/inquirly"
mkdir -p "$lib" "$prefix/bin"
cp target/inquirly.jar "$lib/inquirly.jar"
install -m 0755 bin/inquirly "$prefix/bin/inquirly"
mkdir -p "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
  "$prefix/share/fish/vendor_completions.d"
cp target/man/*.1 "$prefix/share/man/man1/"
cp completions/inquirly.bash "$prefix/share/bash-completion/completions/inquirly"
cp completions/_inquirly "$prefix/share/zsh/site-functions/_inquirly"
cp completions/inquirly.fish "$prefix/share/fish/vendor_completions.d/inquirly.fish"

rm -rf "$lib/runtime"
if [ -n "$runtime_jdk" ]; then
  modules=java.base,java.desktop,java.net.http,java.sql,jdk.httpserver,jdk.unsupported,jdk.crypto.ec
  if "$runtime_jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
      --output "$lib/runtime" >/dev/null 2>&1; then
    java="$lib/runtime/bin/java"
    feature="$(feature "$runtime_jdk")"
    echo "Private runtime: $lib/runtime (jlink of $runtime_jdk, JDK $feature)"
  else
    rm -rf "$lib/runtime"
    echo "warning: no private runtime (jlink of $runtime_jdk failed); the launcher will use $java" >&2
  fi
fi
# the version of the java found here: the launcher reads it for that java on PATH instead of resolving its links
rm -f "$lib/java.conf"
[ -n "$feature" ] && echo "$java=$feature" > "$lib/java.conf"
if [ -n "$feature" ]; then
  # Train on representative runs (requests, the common output formats, an error) against a sandbox in a child JVM
  # (see Train), and a second archive on help and version output alone (the launcher picks it for those). An
  # archive is tied to this JDK build and this jar, so it is named by the JDK's feature version.
  rm -f "$lib"/inquirly-jdk*.jsa "$lib"/inquirly-jdk*.aot
  flags=(-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=4 -XX:+UseSerialGC -XX:-UsePerfData -Xss1m -Xlog:disable
    -Xlog:all=error:stderr)
  for set in main help; do
    suffix=""
    [ "$set" = help ] && suffix=-help
    if [ "$feature" -ge 25 ]; then
      # no method profiles in the cache: replaying them makes the JIT compile eagerly, on a core the command
      # needs (measured ~15 ms slower); IgnoreUnrecognized keeps a JDK without these flags training
      "$java" "${flags[@]}" -XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining \
        -XX:AOTCacheOutput="$lib/inquirly-jdk$feature$suffix.aot" -cp "$lib/inquirly.jar" io.inquirly.cli.Train $set \
        >/dev/null 2>&1 || echo "warning: no AOT cache for $set runs (training failed)" >&2
    else
      "$java" "${flags[@]}" -XX:ArchiveClassesAtExit="$lib/inquirly-jdk$feature$suffix.jsa" \
        -cp "$lib/inquirly.jar" io.inquirly.cli.Train $set \
        >/dev/null 2>&1 || echo "warning: no class-data archive for $set runs (training failed)" >&2
    fi
  done
fi
echo "Installed inquirly in $prefix (launcher: $prefix/bin/inquirly)"
