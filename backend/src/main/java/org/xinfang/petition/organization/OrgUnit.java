package org.xinfang.petition.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.xinfang.petition.shared.BilingualName;
import org.xinfang.petition.shared.EntityQuery;

/** A unit of the organisation tree: a public-security bureau or the petition office, in one region. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_code")
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    protected OrgUnit() {}

    OrgUnit(String code, String nameZh, String nameEn, UnitKind kind, Region region, OrgUnit parent) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.kind = kind;
        this.region = region;
        this.parent = parent;
    }

    void rename(String newNameZh, String newNameEn) {
        nameZh = newNameZh;
        nameEn = newNameEn;
    }

    public Long getId() {
        return id;
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

    /** The name in both languages, for messages that name the unit in each ({@link BilingualName}). */
    @EntityQuery
    public BilingualName bilingualName() {
        return new BilingualName(nameZh, nameEn);
    }

    public UnitKind getKind() {
        return kind;
    }

    public Region getRegion() {
        return region;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public AdminLevel getLevel() {
        return region.getLevel();
    }

    public boolean isBureau() {
        return kind == UnitKind.PUBLIC_SECURITY_BUREAU;
    }

    /** Who works the unit's cases, and answers for them under supervision: a bureau's handlers and leaders, the office's clerks. */
    @EntityQuery
    public List<Role> caseworkers() {
        return isBureau() ? List.of(Role.HANDLER, Role.BUREAU_LEADER) : List.of(Role.CLERK);
    }
}
