package org.houqin.safety.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.PlacesApi;
import org.houqin.places.RoomType;
import org.houqin.platform.demo.DemoData;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.routines.checklist.HazardLevel;
import org.houqin.safety.hazard.HazardCategory;
import org.houqin.safety.hazard.HazardDemo;
import org.springframework.stereotype.Component;

/**
 * This semester's hazards at the demo school: five from the start-of-term inspection (开学前大检查) — three closed,
 * one being rectified through a repair, one overdue — a dangerous-building (危房) hazard whose room is stopped and whose
 * report to the bureau was sent, and two that teachers reported, waiting to be dispatched.
 */
@Component
class HazardsDemoData implements DemoData {

    private static final String CHECK = "开学前安全卫生大检查：";

    private final OrganizationApi organization;
    private final IamApi iam;
    private final PlacesApi places;
    private final HazardDemo hazards;
    private final SchoolClock clock;

    HazardsDemoData(OrganizationApi organization, IamApi iam, PlacesApi places, HazardDemo hazards,
                    SchoolClock clock) {
        this.organization = organization;
        this.iam = iam;
        this.places = places;
        this.hazards = hazards;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public void load() {
        long school = organization.schoolByCode(SCHOOL_CODE).orElseThrow().id();
        CurrentUser director = iam.actingAs(school, "director");
        CurrentUser vice = iam.actingAs(school, "vice");
        CurrentUser worker = iam.actingAs(school, "worker");
        CurrentUser teacher = iam.actingAs(school, "teacher");
        CurrentUser guard = iam.actingAs(school, "guard");
        List<PlacesApi.RoomRef> rooms = places.rooms(school);
        LocalDate start = organization.currentSemester(school).map(OrganizationApi.SemesterRef::startsOn)
                .filter(day -> !day.isAfter(clock.today())).orElse(clock.today().minusDays(20));
        Instant checked = clock.startOf(start).plusSeconds(9 * 3600);

        long extinguisher = hazards.report(school, director, room(rooms, RoomType.CLASSROOM, 0), HazardLevel.GENERAL,
                HazardCategory.FIRE, CHECK + "走廊灭火器压力表指针在红区，压力不足", checked);
        hazards.close(school, extinguisher, director, worker, vice, "更换同型号干粉灭火器 2 具，并检查同层其余灭火器");
        long socket = hazards.report(school, director, room(rooms, RoomType.LAB, 0), HazardLevel.GENERAL,
                HazardCategory.ELECTRICITY, CHECK + "实验台插座面板松动，有打火痕迹", checked);
        hazards.close(school, socket, director, worker, vice, "更换插座面板，紧固接线");
        long railing = hazards.report(school, director, room(rooms, RoomType.CLASSROOM, 2), HazardLevel.MAJOR,
                HazardCategory.BUILDING, CHECK + "楼梯扶手固定螺栓松动，扶手晃动", checked);
        hazards.close(school, railing, director, worker, vice, "重新打孔固定扶手，加装膨胀螺栓");
        long fan = hazards.report(school, director, room(rooms, RoomType.CLASSROOM, 3), HazardLevel.MAJOR,
                HazardCategory.EQUIPMENT, CHECK + "教室吊扇转动时异响、摆动明显", checked);
        hazards.assign(school, fan, director, worker, "停用吊扇，维修或更换");
        hazards.openRepair(school, fan, director);
        long exit = hazards.report(school, director, room(rooms, RoomType.DORMITORY, 0), HazardLevel.GENERAL,
                HazardCategory.FIRE, CHECK + "宿舍楼安全出口处堆放杂物", checked);
        hazards.assign(school, exit, director, guard, "清理安全出口杂物，保持通道畅通");
        hazards.overdue(school, exit);

        long wall = hazards.report(school, director, room(rooms, RoomType.STOREROOM, 0), HazardLevel.SEVERE,
                HazardCategory.BUILDING, "墙体出现贯通裂缝，屋面有渗水，经初步鉴定疑似危房",
                clock.now().minusSeconds(3 * 3600));
        hazards.assign(school, wall, director, worker, "立即封闭，请专业机构鉴定后加固");
        hazards.bureauSent(school, wall, director);

        hazards.report(school, teacher, room(rooms, RoomType.CLASSROOM, 1), HazardLevel.GENERAL, HazardCategory.OTHER,
                "教室前门门吸脱落，门会被风吹得猛关，容易夹手", clock.now().minusSeconds(26 * 3600));
        hazards.report(school, teacher, null, HazardLevel.GENERAL, HazardCategory.TRAFFIC,
                "校门口放学时段车辆乱停，学生横穿马路", clock.now().minusSeconds(5 * 3600));
    }

    /** The n-th room of a type, or any room when the school has too few of that type. */
    private static PlacesApi.RoomRef room(List<PlacesApi.RoomRef> rooms, RoomType type, int n) {
        List<PlacesApi.RoomRef> ofType = rooms.stream().filter(r -> r.type() == type).toList();
        return ofType.size() > n ? ofType.get(n) : rooms.get(n % rooms.size());
    }
}
