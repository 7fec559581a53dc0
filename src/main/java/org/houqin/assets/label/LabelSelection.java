package org.houqin.assets.label;

import java.util.ArrayList;
import java.util.List;

import org.houqin.assets.AssetStatus;
import org.houqin.assets.register.AssetFilter;
import org.houqin.platform.web.ListQuery;

/**
 * Which cards get labels: the ones named by {@code ids} (from a card's page), or else the ones the register's filters
 * find, with the same parameters as the register's query string.
 */
public class LabelSelection {

    private List<Long> ids = new ArrayList<>();
    private String q;
    private String sort;
    private String dir;
    private Long category;
    private String building;
    private Long room;
    private Long department;
    private Long schoolClass;
    private Long custodian;
    private AssetStatus status;

    public boolean byIds() {
        return ids != null && !ids.isEmpty();
    }

    /** By number unless the register was sorted otherwise, so a sheet reads in order. */
    ListQuery query() {
        return sort == null || sort.isBlank() ? new ListQuery(q, "number", "asc", 1) : new ListQuery(q, sort, dir, 1);
    }

    AssetFilter filter() {
        return new AssetFilter(category, building, room, department, schoolClass, custodian, status);
    }

    public List<Long> getIds() {
        return ids;
    }

    public void setIds(List<Long> ids) {
        this.ids = ids;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public Long getCategory() {
        return category;
    }

    public void setCategory(Long category) {
        this.category = category;
    }

    public String getBuilding() {
        return building;
    }

    public void setBuilding(String building) {
        this.building = building;
    }

    public Long getRoom() {
        return room;
    }

    public void setRoom(Long room) {
        this.room = room;
    }

    public Long getDepartment() {
        return department;
    }

    public void setDepartment(Long department) {
        this.department = department;
    }

    public Long getSchoolClass() {
        return schoolClass;
    }

    public void setSchoolClass(Long schoolClass) {
        this.schoolClass = schoolClass;
    }

    public Long getCustodian() {
        return custodian;
    }

    public void setCustodian(Long custodian) {
        this.custodian = custodian;
    }

    public AssetStatus getStatus() {
        return status;
    }

    public void setStatus(AssetStatus status) {
        this.status = status;
    }
}
