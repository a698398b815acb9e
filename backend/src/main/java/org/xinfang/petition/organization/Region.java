package org.xinfang.petition.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.xinfang.petition.shared.EntityQuery;

/** An administrative region, identified by its GB/T 2260 code (e.g. 640104 兴庆区). */
@Entity
public class Region {

    @Id
    private String code;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    private AdminLevel level;

    @Column(name = "parent_code")
    private String parentCode;

    protected Region() {}

    Region(String code, String nameZh, String nameEn, AdminLevel level, String parentCode) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.level = level;
        this.parentCode = parentCode;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public AdminLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    /** The prefix that the codes of this region and every region under it share. */
    @EntityQuery
    public String codePrefix() {
        return code.substring(0, level.codePrefixLength());
    }
}
