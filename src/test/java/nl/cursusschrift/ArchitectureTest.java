package nl.cursusschrift;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.cursusschrift.db.Database;
import org.junit.jupiter.api.Test;

/**
 * The house's walls (docs/architecture.md): feature packages depend in one direction only, no two
 * packages need each other, controllers leave writing to the use cases, and no file grows into two.
 * Run alone it prints the package graph: {@code mvn -q test -Dtest=ArchitectureTest -DskipPostgresTests}.
 */
@org.junit.jupiter.api.Tag("once")
class ArchitectureTest {
    private static final String BASE = "nl.cursusschrift";

    /**
     * Every package's floor, from the bottom up. A package may use packages on lower floors only, and
     * packages on the ground floor (shared infrastructure) may use each other as long as no cycle forms.
     */
    static final Map<String, Integer> FLOORS = Map.ofEntries(
            Map.entry("text", 0), Map.entry("yaml", 0), Map.entry("cli", 0), Map.entry("db", 0), Map.entry("web", 0),
            Map.entry("course", 1), Map.entry("search", 1), Map.entry("backup", 1), Map.entry("mail", 1),
            Map.entry("account", 2),
            Map.entry("enrolment", 3),
            Map.entry("assignment", 4),
            Map.entry("insight", 5),
            Map.entry("review", 6),
            Map.entry("notebook", 7),
            Map.entry("demo", 8), Map.entry("lms", 8), Map.entry("notify", 8),
            Map.entry("", 9));

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    /** The top-level package under nl.cursusschrift a class lives in ("" for App, Main, Config). */
    static String pkg(JavaClass type) {
        String name = type.getPackageName();
        if (name.equals(BASE)) return "";
        String rest = name.substring(BASE.length() + 1);
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    /** Package to package, with how many class-level dependencies run along each edge. */
    static Map<String, Map<String, Integer>> graph() {
        Map<String, Map<String, Integer>> edges = new TreeMap<>();
        for (JavaClass type : MAIN) {
            String from = pkg(type);
            for (var dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (!target.getPackageName().startsWith(BASE)) continue;
                String to = pkg(target);
                if (!to.equals(from)) edges.computeIfAbsent(from, k -> new TreeMap<>()).merge(to, 1, Integer::sum);
            }
        }
        return edges;
    }

    @Test
    void everyPackageHasAFloor() {
        List<String> unknown = new ArrayList<>();
        for (JavaClass type : MAIN) {
            if (!FLOORS.containsKey(pkg(type))) unknown.add(type.getName());
        }
        assertEquals(List.of(), unknown, "give each new package its floor in FLOORS and docs/architecture.md");
    }

    @Test
    void noPackageUsesOneAboveIt_andNoTwoPackagesUseEachOther() {
        Map<String, Map<String, Integer>> edges = graph();
        List<String> upward = new ArrayList<>();
        TreeSet<String> twoWay = new TreeSet<>();
        int count = 0;
        StringBuilder picture = new StringBuilder("package graph (from -> to: class dependencies)\n");
        for (var from : edges.entrySet()) {
            for (var to : from.getValue().entrySet()) {
                count++;
                picture.append(String.format("  %-10s -> %-10s %4d%n", name(from.getKey()), name(to.getKey()), to.getValue()));
                int fromFloor = FLOORS.getOrDefault(from.getKey(), -1);
                int toFloor = FLOORS.getOrDefault(to.getKey(), -1);
                if (toFloor > fromFloor || (toFloor == fromFloor && fromFloor > 0)) upward.add(name(from.getKey()) + " -> " + name(to.getKey()));
                if (edges.getOrDefault(to.getKey(), Map.of()).containsKey(from.getKey())) {
                    twoWay.add(String.join(" <-> ", new TreeSet<>(List.of(name(from.getKey()), name(to.getKey())))));
                }
            }
        }
        picture.append(count).append(" edges, ").append(twoWay.size()).append(" two-way pairs");
        System.out.println(picture);
        assertEquals(List.of(), upward, "a package uses one on its own floor or above it");
        assertTrue(twoWay.isEmpty(), "packages that use each other: " + twoWay);
    }

    @Test
    void noCycleOfClassesAcrossPackages() {
        SlicesRuleDefinition.slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void controllersDoNotWrite_theyCallAUseCase() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("Database.write or writeLater",
                        call -> call.getTargetOwner().isEquivalentTo(Database.class)
                                && (call.getName().equals("write") || call.getName().equals("writeLater"))))
                .check(MAIN);
    }

    @Test
    void aFeaturesSqlIsUsedByThatFeatureOnly() {
        List<String> foreign = new ArrayList<>();
        for (JavaClass type : MAIN) {
            if (pkg(type).equals("demo")) continue; // the demo seeder writes every table in bulk, by design
            for (var dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                boolean sql = target.getSimpleName().endsWith("Sql") && target.isInterface() && target.getPackageName().startsWith(BASE);
                if (sql && !target.getPackageName().equals(type.getPackageName())) foreign.add(type.getSimpleName() + " -> " + target.getSimpleName());
            }
        }
        assertEquals(List.of(), foreign.stream().distinct().toList());
    }

    @Test
    void noJavaFileReaches250Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(file).size();
                if (lines >= 250) long_.add(file + ": " + lines);
            }
        }
        assertEquals(List.of(), long_, "a file this long usually holds two things");
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "(app)" : pkg;
    }
}
