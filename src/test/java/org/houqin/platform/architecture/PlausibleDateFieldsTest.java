package org.houqin.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Valid;
import org.houqin.platform.web.PlausibleDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Every date a form or an API request takes is checked to lie in the plausible range, so a new module cannot forget
 * it. A form is a class named …Form; a request is what a handler reads with {@code @RequestBody} or validates with
 * {@code @Valid}; their nested classes (a form's lines) count too. A list's date filters are not forms.
 */
class PlausibleDateFieldsTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.houqin");

    @Test
    void everyDateOfAFormOrRequestIsCheckedForPlausibility() {
        List<JavaField> dates = bound().stream().flatMap(c -> c.getFields().stream())
                .filter(field -> field.getRawType().isEquivalentTo(LocalDate.class)).toList();

        assertThat(dates).as("dates of forms and requests found").hasSizeGreaterThanOrEqualTo(20);
        assertThat(dates.stream().filter(field -> !field.isAnnotatedWith(PlausibleDate.class))
                .map(JavaField::getFullName).sorted()).as("dates without @PlausibleDate").isEmpty();
    }

    private static Set<JavaClass> bound() {
        Set<JavaClass> bound = new HashSet<>();
        for (JavaClass type : CLASSES) {
            if (type.getSimpleName().endsWith("Form") && !type.isAnnotation()) {
                bound.add(type);
            }
            type.getMethods().stream().flatMap(method -> method.getParameters().stream())
                    .filter(PlausibleDateFieldsTest::readFromTheRequest).map(JavaParameter::getRawType)
                    .filter(parameter -> parameter.getPackageName().startsWith("org.houqin")).forEach(bound::add);
        }
        for (JavaClass type : CLASSES) {
            if (type.getEnclosingClass().filter(outer -> bound.contains(outer)).isPresent()) {
                bound.add(type);
            }
        }
        return bound;
    }

    private static boolean readFromTheRequest(JavaParameter parameter) {
        return parameter.isAnnotatedWith(RequestBody.class) || parameter.isAnnotatedWith(Valid.class)
                || parameter.isAnnotatedWith(Validated.class);
    }
}
