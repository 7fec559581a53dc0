package org.houqin.repairs.request;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.houqin.platform.security.CurrentUser;
import org.houqin.repairs.RepairStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 派工看板 for the office, and 我的任务 for a worker on a phone. */
@Controller
class BoardController {

    /** One column of the board. */
    record Column(String titleKey, List<Repairs.Row> cards) {
    }

    private final Repairs requests;
    private final RepairService service;

    BoardController(Repairs requests, RepairService service) {
        this.requests = requests;
        this.service = service;
    }

    @GetMapping("/repairs/board")
    @PreAuthorize("hasAuthority('repairs:request:dispatch')")
    String board(CurrentUser me, Model model) {
        long school = me.requireSchool();
        List<Repairs.Row> rows = requests.board(school, me);
        model.addAttribute("columns", List.of(
                new Column("repair.board.new", only(rows, RepairStatus.NEW, RepairStatus.ESCALATED)),
                new Column("repair.board.working", only(rows, RepairStatus.ASSIGNED, RepairStatus.IN_PROGRESS,
                        RepairStatus.ON_HOLD, RepairStatus.OUTSOURCED)),
                new Column("repair.board.check", only(rows, RepairStatus.AWAITING_CHECK))));
        Map<Long, Long> load = rows.stream()
                .filter(r -> r.assigneeUserId() != null && r.status().open())
                .collect(Collectors.groupingBy(Repairs.Row::assigneeUserId, Collectors.counting()));
        model.addAttribute("workers", service.workers(school));
        model.addAttribute("workload", load);
        model.addAttribute("overdue", rows.stream().filter(Repairs.Row::overdue).count());
        return "repairs/board";
    }

    @GetMapping("/repairs/tasks")
    @PreAuthorize("hasAuthority('repairs:request:work')")
    String tasks(CurrentUser me, Model model) {
        List<Repairs.Row> tasks = requests.tasks(me.requireSchool(), me.userId());
        model.addAttribute("open", tasks.stream().filter(r -> r.status().open()).toList());
        model.addAttribute("finished", tasks.stream().filter(r -> !r.status().open()).toList());
        return "repairs/tasks";
    }

    private static List<Repairs.Row> only(List<Repairs.Row> rows, RepairStatus... states) {
        List<RepairStatus> wanted = List.of(states);
        return rows.stream().filter(r -> wanted.contains(r.status())).toList();
    }
}
