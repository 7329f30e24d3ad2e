# Sourced by the benchmark scripts: compiles the transforms module's tests (offline when the Maven
# cache allows) and sets $test_classpath to its classes, test classes and test-scope dependencies.
# Expects the current directory to be the repository root.
cp_file=transforms/target/bench-classpath.txt
build=(mvn -q -B -Dstyle.color=never -pl transforms test-compile dependency:build-classpath
       -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test)
"${build[@]}" -o >&2 2>/dev/null || "${build[@]}" >&2
test_classpath="transforms/target/classes:transforms/target/test-classes:$(cat "$cp_file")"
