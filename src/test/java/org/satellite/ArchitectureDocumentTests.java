package org.satellite;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two tables of {@code docs/architecture.md} under "Who depends on whom" are what the
 * build checks: the modules each module may use are those its {@code package-info}
 * declares (which {@code ModularityTests} holds the code to), and each module's API is
 * the public types in its root package.
 */
class ArchitectureDocumentTests {

	private static final Path DOCUMENT = Path.of("docs/architecture.md");

	private static final Pattern NAME = Pattern.compile("`([A-Za-z]+(?: :: [a-z]+)?)`");

	private final Set<String> modules = ApplicationModules.of(SatelliteApplication.class)
		.stream()
		.map((module) -> module.getIdentifier().toString())
		.collect(Collectors.toCollection(TreeSet::new));

	@Test
	void theDependencyTableIsWhatEachModuleDeclares() throws Exception {
		Map<String, Set<String>> documented = table("| module | may use |", false);
		Map<String, Set<String>> declared = new TreeMap<>();
		for (String module : this.modules) {
			ApplicationModule annotation = Class.forName("org.satellite." + module + ".package-info")
				.getAnnotation(ApplicationModule.class);
			assertThat(annotation).as("%s's package-info declares its module", module).isNotNull();
			declared.put(module, new TreeSet<>(Arrays.asList(annotation.allowedDependencies())));
		}
		assertThat(documented).isEqualTo(declared);
	}

	@Test
	void theApiTableListsEveryPublicTypeInEachModulesRootPackage() throws IOException {
		Map<String, Set<String>> documented = table("| module | API |", true);
		Map<String, Set<String>> root = new TreeMap<>();
		for (String module : this.modules) {
			try (Stream<Path> files = Files.list(Path.of("src/main/java/org/satellite", module))) {
				root.put(module,
						files.map((file) -> file.getFileName().toString())
							.filter((name) -> name.endsWith(".java") && !name.equals("package-info.java"))
							.map((name) -> name.substring(0, name.length() - ".java".length()))
							.filter((type) -> isPublic("org.satellite." + module + "." + type))
							.collect(Collectors.toCollection(TreeSet::new)));
			}
		}
		assertThat(documented).isEqualTo(root);
	}

	private static boolean isPublic(String type) {
		try {
			return Modifier.isPublic(Class.forName(type).getModifiers());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The rows of the table with this header: the module in the first column, the names
	 * in backquotes in the second (types when {@code types}, modules otherwise; a
	 * module's words in brackets are a note, not a name).
	 */
	private static Map<String, Set<String>> table(String header, boolean types) throws IOException {
		List<String> lines = Files.readAllLines(DOCUMENT);
		int start = lines.indexOf(header);
		assertThat(start).as("the table %s in %s", header, DOCUMENT).isNotNegative();
		Map<String, Set<String>> rows = new LinkedHashMap<>();
		for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
			String[] cells = lines.get(i).split("\\|");
			String module = cells[1].trim().replace("`", "");
			String names = types ? cells[2] : cells[2].replaceAll("\\(.*\\)", "");
			Set<String> found = new TreeSet<>();
			Matcher matcher = NAME.matcher(names);
			while (matcher.find()) {
				found.add(matcher.group(1));
			}
			rows.put(module, found);
		}
		return new TreeMap<>(rows);
	}

}
