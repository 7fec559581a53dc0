package org.houqin.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Chinese and English stay in step: every key in one language exists in the other, and templates use known keys. */
class MessageBundlesTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");

    @Test
    void everyModuleHasTheSameKeysInChineseAndEnglish() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path english : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Path chinese = I18N.resolve(english.getFileName().toString().replace(".properties", "_zh_CN.properties"));
                Properties en = load(english);
                Properties zh = load(chinese);
                assertThat(new TreeSet<>(zh.stringPropertyNames())).as("keys of %s", chinese.getFileName())
                        .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
                en.forEach((key, value) -> assertThat(value.toString()).as("English %s", key).isNotBlank());
                zh.forEach((key, value) -> assertThat(value.toString()).as("Chinese %s", key).isNotBlank());
            }
        }
    }

    @Test
    void everyBundleOnDiskIsLoadedWithoutRegistration() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            var onDisk = files.map(p -> p.getFileName().toString()).filter(n -> !n.contains("_"))
                    .map(n -> "i18n/" + n.replace(".properties", "")).collect(java.util.stream.Collectors.toSet());
            assertThat(MessageBundles.basenames()).containsExactlyInAnyOrderElementsOf(onDisk);
        }
        var source = new MessageBundles().messageSource();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path english : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Properties en = load(english);
                String key = en.stringPropertyNames().iterator().next();
                assertThat(source.getMessage(key, null, null, java.util.Locale.ENGLISH)).as("%s from %s", key, english)
                        .isEqualTo(en.getProperty(key));
                Properties zh = load(I18N.resolve(english.getFileName().toString().replace(".properties", "_zh_CN.properties")));
                assertThat(source.getMessage(key, null, null, java.util.Locale.SIMPLIFIED_CHINESE)).as("%s in Chinese", key)
                        .isEqualTo(zh.getProperty(key));
            }
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path english : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                for (String key : load(english).stringPropertyNames()) {
                    String previous = owner.put(key, english.getFileName().toString());
                    assertThat(previous).as("%s is defined in %s and %s", key, previous, english.getFileName()).isNull();
                }
            }
        }
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path english : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                all.putAll(load(english));
            }
        }
        Pattern literal = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[}(]");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(template));
                while (matcher.find()) {
                    assertThat(all).as("%s uses #{%s}", template, matcher.group(1)).containsKey(matcher.group(1));
                }
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
