package org.houqin.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string read from JSON loses its control characters exactly as a form field does ({@link ShellModel}), in
 * fields, lists and untyped maps alike: an API client cannot store what a page cannot.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    @Bean
    JsonMapperBuilderCustomizer controlCharactersStripped() {
        return builder -> builder.addModule(new SimpleModule("houqin-strings")
                .addDeserializer(String.class, new StrippedStrings()));
    }

    static final class StrippedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return ControlCharacters.strip(super.deserialize(parser, context));
        }
    }
}
