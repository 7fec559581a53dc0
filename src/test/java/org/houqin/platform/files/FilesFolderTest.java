package org.houqin.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.houqin.platform.HouqinProperties;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.RuleViolation;
import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The files folder under faults: a full disk refuses an upload at its field and keeps no part of it; files left
 * without their row (a process killed between the file and its commit) are swept once old, and nothing else is.
 */
class FilesFolderTest extends IntegrationTest {

    @Autowired
    Attachments attachments;

    @Autowired
    FileFolder folder;

    @Autowired
    OrphanFiles orphans;

    @Autowired
    HouqinProperties properties;

    @Autowired
    SchoolClock clock;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void anUploadOntoAFullDiskIsRefusedAtItsFieldAndNeitherItsFileNorItsRowIsKept() throws Exception {
        long school = Demo.schoolId(jdbc);
        FileFolder full = new FileFolder(properties, new FilesProperties(DataSize.ofTerabytes(1_000_000),
                Duration.ofDays(1)), clock);
        Attachments onFullDisk = new Attachments(jdbc, full);
        List<Path> before = files();

        assertThatThrownBy(() -> SystemWork.call(() -> transaction.execute(status -> onFullDisk.storePhoto(school,
                "test-owner", 41, "photos", "灯管.jpg", Images.jpeg(64, 48)))))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("photos");
                    assertThat(refusal.messageKey()).isEqualTo("file.storageFull");
                });
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM platform.attachment WHERE owner_type = 'test-owner'"
                + " AND owner_id = 41")).isZero();
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void aFileWithoutItsRowIsSweptOnceItIsOldWhileYoungerOnesAndFilesWithTheirRowsStay() throws Exception {
        long school = Demo.schoolId(jdbc);
        Attachments.Attachment kept = SystemWork.call(() -> transaction.execute(status -> attachments.storePhoto(
                school, "test-owner", 42, "photos", "留着.jpg", Images.jpeg(64, 48))));
        Instant old = Instant.now().minus(Duration.ofDays(3));
        Path orphan = Files.createDirectories(folder.file(UUID.randomUUID(), old).getParent())
                .resolve(UUID.randomUUID().toString());
        Files.write(orphan, Images.jpeg(8, 8));
        Path orphanThumbnail = orphan.resolveSibling(orphan.getFileName() + FileFolder.THUMBNAIL_SUFFIX);
        Files.write(orphanThumbnail, Images.jpeg(4, 4));
        Path young = folder.file(UUID.randomUUID(), Instant.now());
        Files.createDirectories(young.getParent());
        Files.write(young, Images.jpeg(8, 8));
        Path notOurs = orphan.resolveSibling("README.txt");
        Files.writeString(notOurs, "kept by the operator");
        for (Path file : List.of(orphan, orphanThumbnail, notOurs, folder.file(kept.id(), kept.createdAt()),
                folder.thumbnail(kept.id(), kept.createdAt()))) {
            Files.setLastModifiedTime(file, FileTime.from(old));
        }

        assertThat(orphans.sweep(Instant.now())).isEqualTo(2);

        assertThat(orphan).doesNotExist();
        assertThat(orphanThumbnail).doesNotExist();
        assertThat(young).as("maybe an upload still in its transaction").exists();
        assertThat(notOurs).exists();
        assertThat(folder.file(kept.id(), kept.createdAt())).exists();
        assertThat(folder.thumbnail(kept.id(), kept.createdAt())).exists();
        Files.delete(young);
        Files.delete(notOurs);
    }

    private List<Path> files() throws Exception {
        if (!Files.isDirectory(folder.root())) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder.root())) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
