package org.xinfang.petition.organization;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Walks the organisation tree: a unit and every unit below it. */
@Component
public class OrgTree {

    private final OrgUnitRepository units;

    OrgTree(OrgUnitRepository units) {
        this.units = units;
    }

    /** The ids of the unit and of all units below it (a city bureau: itself and its counties). */
    @Transactional(readOnly = true)
    public Set<Long> unitAndBelow(Long unitId) {
        Map<Long, List<OrgUnit>> children = units.findAll().stream()
                .filter(unit -> unit.getParent() != null)
                .collect(Collectors.groupingBy(unit -> unit.getParent().getId()));
        Set<Long> below = new HashSet<>();
        Deque<Long> open = new ArrayDeque<>(List.of(unitId));
        while (!open.isEmpty()) {
            Long unit = open.pop();
            below.add(unit);
            children.getOrDefault(unit, List.of()).forEach(child -> open.push(child.getId()));
        }
        return Set.copyOf(below);
    }
}
