package org.xinfang.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every {@code petition.*} setting is documented: the configuration processor writes the metadata of our
 * {@code @ConfigurationProperties} records (their Javadoc is the description), and
 * {@code additional-spring-configuration-metadata.json} adds the few that are not bound to one. A setting that a
 * properties file or the code uses without metadata and a description fails here.
 */
class ConfigurationMetadataTests {

    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    /** A placeholder {@code ${petition.…}} or {@code ${petition.…:default}}, in code or in a properties file. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(petition\\.[a-z0-9.-]+)[:}]");
    /** A string literal that is a setting's whole name or a prefix: {@code "petition.audit.verify-and-exit"}. */
    private static final Pattern LITERAL = Pattern.compile("\"(petition(?:\\.[a-z0-9-]+)+)\"");

    private static final Map<String, String> descriptions = new TreeMap<>();
    private static final Set<String> groups = new TreeSet<>();

    @BeforeAll
    static void readOurMetadata() throws IOException {
        for (URL url : Collections.list(
                ConfigurationMetadataTests.class.getClassLoader().getResources(METADATA))) {
            if (!"file".equals(url.getProtocol())) {
                continue; // the libraries' own metadata, in their jars
            }
            try (InputStream in = url.openStream()) {
                JsonNode metadata = new ObjectMapper().readTree(in);
                metadata.path("properties")
                        .forEach(p -> descriptions.put(
                                p.get("name").asText(), p.path("description").asText("")));
                metadata.path("groups").forEach(g -> groups.add(g.get("name").asText()));
            }
        }
    }

    @Test
    void everyPetitionPropertyInTheMetadataHasADescription() {
        assertThat(descriptions).as("metadata of petition.* settings").isNotEmpty();
        assertThat(descriptions.entrySet())
                .filteredOn(e -> e.getKey().startsWith("petition."))
                .allSatisfy(e -> assertThat(e.getValue())
                        .as("description of %s", e.getKey())
                        .isNotBlank());
    }

    @Test
    void everyPetitionSettingOfThePropertiesFilesHasMetadata() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : files(Path.of("src/main/resources"), Path.of("src/test/resources"))) {
            if (!file.getFileName().toString().matches("application.*\\.properties")) {
                continue;
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                properties.load(reader);
            }
            properties.forEach((key, value) -> {
                if (key.toString().startsWith("petition.")) {
                    used.add(documentedAs(key.toString()));
                }
                used.addAll(matches(PLACEHOLDER, value.toString()));
            });
        }
        assertThat(used).as("petition.* settings in application*.properties").isNotEmpty();
        assertThat(used)
                .allSatisfy(key -> assertThat(descriptions).as("metadata").containsKey(key));
    }

    /**
     * The setting whose metadata documents the key: an element of a list of records
     * ({@code petition.directory.ldap.groups[0].group}) is documented by the list ({@code
     * petition.directory.ldap.groups}), whose record's Javadoc describes the element's parts.
     */
    private static String documentedAs(String key) {
        int index = key.indexOf('[');
        return index < 0 ? key : key.substring(0, index);
    }

    @Test
    void everyPetitionSettingTheCodeNamesHasMetadata() throws IOException {
        Set<String> placeholders = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        for (Path file : files(Path.of("src/main/java"))) {
            String source = Files.readString(file);
            placeholders.addAll(matches(PLACEHOLDER, source));
            names.addAll(matches(LITERAL, source));
        }
        assertThat(placeholders).as("${petition.*} in @Value and @Scheduled").isNotEmpty();
        assertThat(placeholders)
                .allSatisfy(key -> assertThat(descriptions).as("metadata").containsKey(key));
        assertThat(names)
                .as("names in @ConditionalOnProperty and @ConfigurationProperties")
                .contains("petition.audit.verify-and-exit", "petition.paging")
                .allSatisfy(name -> assertThat(descriptions.containsKey(name) || groups.contains(name))
                        .as("%s is a setting or a group of settings in the metadata", name)
                        .isTrue());
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<Path> files(Path... roots) throws IOException {
        Set<Path> files = new TreeSet<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }
}
