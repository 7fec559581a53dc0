package org.houqin.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message bundle under {@code i18n/} is found on the classpath, so a module adds
 * {@code i18n/<name>.properties} and {@code i18n/<name>_zh_CN.properties} and registers nothing by hand. A bundle's
 * name has no underscore: what follows the first one is the locale.
 *
 * <p>The bundles are read once and, for each locale, merged into one table (a bundle earlier in the list wins, and a
 * locale's own file over the bundle's default, as with one ResourceBundle per name), so a message is one lookup
 * rather than one per bundle: a page resolves a few hundred messages (bench/README.md, 2026-12-07).
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

    static final String LOCATION = "classpath*:i18n/*.properties";

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(Arrays.stream(basenames()).map(name -> "classpath:" + name).toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setCacheMillis(-1);
        return source;
    }

    /** The bundles on the classpath, as {@code i18n/repairs}, in a stable order. */
    static String[] basenames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .map(name -> name.contains("_") ? name.substring(0, name.indexOf('_')) : name)
                    .map(name -> "i18n/" + name).collect(java.util.stream.Collectors.toCollection(TreeSet::new))
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the message bundles", e);
        }
    }
}
