package org.houqin.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The anatomy of ADR 0021: SQL lives in stores, queries, jobs, demo data and the platform's infrastructure only. */
class AnatomyTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.houqin");

    /** Classes written before the anatomy that still hold SQL; the list only shrinks. */
    private static final Set<String> NOT_YET = Set.of(
            "org.houqin.audit.AuditLog", "org.houqin.audit.AuditRetention", "org.houqin.audit.log.AuditEntries",
            "org.houqin.iam.IamApi", "org.houqin.iam.auth.UserAccounts", "org.houqin.iam.role.Roles",
            "org.houqin.iam.setup.FirstRun", "org.houqin.iam.token.ApiTokens", "org.houqin.iam.user.Users",
            "org.houqin.notifications.Notifications", "org.houqin.notifications.delivery.Deliveries",
            "org.houqin.notifications.delivery.Outbox", "org.houqin.notifications.inbox.Inbox",
            "org.houqin.notifications.settings.SchoolRobots", "org.houqin.notifications.settings.UserChannels",
            "org.houqin.organization.department.Departments", "org.houqin.organization.school.Schools",
            "org.houqin.organization.schoolclass.Classes", "org.houqin.organization.semester.Semesters",
            "org.houqin.organization.staff.StaffDirectory", "org.houqin.places.building.Buildings",
            "org.houqin.places.room.Rooms", "org.houqin.repairs.DemoRepair", "org.houqin.repairs.RepairsShell",
            "org.houqin.repairs.category.Categories",
            "org.houqin.repairs.plan.Plans", "org.houqin.repairs.request.RepairRequests",
            "org.houqin.repairs.stats.RepairStats");

    /** Where SQL belongs: a store, read-only queries, a job, demo data, or the platform's database infrastructure. */
    private static final DescribedPredicate<JavaClass> MAY_HOLD_SQL = DescribedPredicate.describe(
            "a store, queries, jobs, demo data or platform infrastructure", c -> {
                String name = c.getSimpleName();
                return name.endsWith("Store") || name.endsWith("Queries") || name.endsWith("Jobs")
                        || c.getPackageName().endsWith(".demo") || name.endsWith("DemoData")
                        || c.getPackageName().startsWith("org.houqin.platform")
                        || NOT_YET.contains(c.getName()) || NOT_YET.contains(c.getName().replaceAll("\\$.*", ""));
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

    @Test
    void theListOfClassesStillToConvertHoldsOnlyClassesThatExist() {
        for (String name : NOT_YET) {
            org.assertj.core.api.Assertions.assertThat(CLASSES.contain(name)).as("%s still exists", name).isTrue();
        }
    }
}
