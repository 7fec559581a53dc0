package org.houqin.safety.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Random;
import javax.imageio.ImageIO;

import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.demo.DemoData;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.routines.checklist.HazardLevel;
import org.houqin.safety.drill.CompleteForm;
import org.houqin.safety.drill.DrillFindings;
import org.houqin.safety.drill.DrillForm;
import org.houqin.safety.drill.DrillKind;
import org.houqin.safety.drill.Drills;
import org.houqin.safety.drill.ProblemForm;
import org.springframework.stereotype.Component;

/**
 * The demo school's drills: this semester's fire evacuation drill, done in its third week with 1,2xx people, its
 * evacuation time, two photos of the assembly point and two problems found; and a stampede drill planned for next
 * month. Written through the drills' services, as the director would.
 */
@Component
class DrillsDemoData implements DemoData {

    private static final String PLAN = "《校园安全紧急预案》";

    private final OrganizationApi organization;
    private final IamApi iam;
    private final Drills drills;
    private final DrillFindings findings;
    private final SchoolClock clock;

    DrillsDemoData(OrganizationApi organization, IamApi iam, Drills drills, DrillFindings findings,
                   SchoolClock clock) {
        this.organization = organization;
        this.iam = iam;
        this.drills = drills;
        this.findings = findings;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 720;
    }

    @Override
    public void load() {
        long school = organization.schoolByCode(SCHOOL_CODE).orElseThrow().id();
        CurrentUser director = iam.actingAs(school, "director");
        LocalDate today = clock.today();
        LocalDate fireDay = organization.currentSemester(school).map(s -> s.startsOn().plusDays(17))
                .filter(day -> day.isBefore(today)).orElse(today.minusDays(30));
        long fire = drills.create(school, director, plan(DrillKind.FIRE, "秋季消防疏散演练", fireDay,
                LocalTime.of(10, 0), director, 1180, 86));
        drills.complete(school, director, fire, done(fireDay, 1176, 84, drills.find(school, fire).orElseThrow()
                .version()));
        findings.addPhoto(school, director, fire, "操场集合点.png", photo(1, new Color(46, 125, 50)));
        findings.addPhoto(school, director, fire, "疏散路线.png", photo(2, new Color(120, 120, 130)));
        findings.addProblem(school, director, fire, problem("A 栋东侧楼梯口拥堵，初一年级两个班等待约 40 秒",
                HazardLevel.GENERAL, "政教处、初一年级组"));
        findings.addProblem(school, director, fire, problem("实验楼二层应急照明灯两盏不亮", HazardLevel.MAJOR, "总务处"));
        drills.create(school, director, plan(DrillKind.STAMPEDE, "防踩踏疏散演练", today.plusMonths(1),
                LocalTime.of(15, 30), director, 1180, 86));
    }

    private static DrillForm plan(DrillKind kind, String title, LocalDate day, LocalTime time, CurrentUser organizer,
                                  int students, int staff) {
        DrillForm form = new DrillForm();
        form.setKind(kind);
        form.setTitle(title);
        form.setPlanName(PLAN);
        form.setPlannedOn(day);
        form.setPlannedTime(time);
        form.setPlace("全校（集合点：田径场）");
        form.setOrganizerUserId(organizer.userId());
        form.setStudents(students);
        form.setStaff(staff);
        return form;
    }

    private static CompleteForm done(LocalDate day, int students, int staff, int version) {
        CompleteForm form = new CompleteForm();
        form.setStartedOn(day);
        form.setStartedTime(LocalTime.of(10, 2));
        form.setDurationMinutes(25);
        form.setEvacuationSeconds(196);
        form.setStudents(students);
        form.setStaff(staff);
        form.setSummary("10:02 警报响起，各班在任课教师带领下按疏散路线弯腰捂鼻撤离，3 分 16 秒全部到达田径场集合点，"
                + "班主任清点人数无遗漏。消防安全员演示灭火器使用，校长讲评。总体有序，A 栋东侧楼梯口一度拥堵。");
        form.setVersion(version);
        return form;
    }

    private static ProblemForm problem(String description, HazardLevel level, String responsible) {
        ProblemForm form = new ProblemForm();
        form.setDescription(description);
        form.setLevel(level);
        form.setResponsible(responsible);
        return form;
    }

    /** A picture of rows of pupils on a field, drawn from the seed, as a phone would send a PNG. */
    private static byte[] photo(int seed, Color ground) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(173, 216, 240));
        g.fillRect(0, 0, 640, 160);
        g.setColor(ground);
        g.fillRect(0, 160, 640, 320);
        Random random = new Random(seed);
        Color[] uniforms = {new Color(25, 60, 160), new Color(200, 40, 40), Color.WHITE};
        for (int row = 0; row < 8; row++) {
            for (int col = 0; col < 16; col++) {
                g.setColor(uniforms[(row + random.nextInt(2)) % uniforms.length]);
                g.fillOval(30 + col * 37 + random.nextInt(6), 190 + row * 34, 14, 22);
            }
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
