package org.houqin.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** 停用: a room stopped by a 重大 hazard shows it on its page and in the list until it is put back into use. */
class RoomStopTest extends IntegrationTest {

    @Autowired
    PlacesApi places;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aStoppedRoomKeepsItsFirstReasonShowsStoppedAndResumes() {
        long school = Demo.schoolId(jdbc);
        long room = Demo.count(jdbc, "SELECT id FROM places.room WHERE code = 'C-403' AND school_id = ?", school);
        Instant at = Instant.parse("2026-12-01T01:00:00Z");
        assertThat(inTransaction(() -> places.stopRoom(school, room, "YH-测试 墙体裂缝", at))).isTrue();
        assertThat(inTransaction(() -> places.stopRoom(school, room, "第二次", Instant.now()))).isFalse();
        PlacesApi.RoomStop stop = SystemWork.call(() -> places.stopOf(school, room)).orElseThrow();
        assertThat(stop.reason()).isEqualTo("YH-测试 墙体裂缝");
        assertThat(stop.since()).isEqualTo(at);
        assertThat(login("director").get("/places/rooms/" + room).body()).contains("停用", "YH-测试 墙体裂缝");
        assertThat(login("director").get("/places/rooms?q=C-403").body()).contains("停用");

        assertThat(inTransaction(() -> places.resumeRoom(school, room))).isTrue();
        assertThat(SystemWork.call(() -> places.stopOf(school, room))).isEmpty();
        assertThat(inTransaction(() -> places.resumeRoom(school, room))).isFalse();
        assertThat(login("director").get("/places/rooms/" + room).body()).doesNotContain("YH-测试 墙体裂缝");
    }

    private boolean inTransaction(java.util.function.Supplier<Boolean> work) {
        return SystemWork.call(() -> transaction.execute(status -> work.get()));
    }
}
