package org.houqin.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/** The anatomy of ADR 0021: SQL lives in stores, queries, jobs, demo data and the platform's infrastructure only. */
class AnatomyTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.houqin");

    /** Where SQL belongs: a store, read-only queries, a job, demo data, or the platform's database infrastructure. */
    private static final DescribedPredicate<JavaClass> MAY_HOLD_SQL = DescribedPredicate.describe(
            "a store, queries, jobs, demo data or platform infrastructure", c -> {
                String name = c.getSimpleName();
                return name.endsWith("Store") || name.endsWith("Queries") || name.endsWith("Jobs")
                        || c.getPackageName().endsWith(".demo") || name.endsWith("DemoData")
                        || c.getPackageName().startsWith("org.houqin.platform");
            });

    @Test
    void onlyStoresQueriesJobsAndDemoDataRunSql() {
        noClasses().that(DescribedPredicate.not(MAY_HOLD_SQL))
                .should().dependOnClassesThat().belongToAnyOf(JdbcClient.class, JdbcTemplate.class)
                .because("SQL lives in a feature's store (ADR 0021)").check(CLASSES);
    }

    @Test
    void controllersAndEndpointsRunNoSql() {
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().belongToAnyOf(JdbcClient.class, JdbcTemplate.class)
                .because("a controller calls a service (ADR 0021)").check(CLASSES);
    }

    /** A feature's SQL store: a component named …Store (a warehouse's record named Store is not one). */
    private static final DescribedPredicate<JavaClass> SQL_STORE = DescribedPredicate.describe("a feature's store",
            c -> c.getSimpleName().endsWith("Store") && c.isAnnotatedWith(Component.class)
                    && !c.getPackageName().startsWith("org.houqin.platform"));

    @Test
    void controllersAndEndpointsGoThroughServicesNotStores() {
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat(SQL_STORE)
                .because("a store is its feature's SQL, used by the feature's service (ADR 0021)").check(CLASSES);
    }

    @Test
    void aStoreIsPackagePrivateAndNoServiceIsCalledAStore() {
        classes().that(SQL_STORE).should().notBePublic().andShould().notBeAnnotatedWith(Service.class)
                .because("a plural noun or …Service names a service, …Store its SQL (ADR 0021)").check(CLASSES);
    }
}
