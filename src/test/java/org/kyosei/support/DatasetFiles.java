package org.kyosei.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small dataset folders for tests, one file at a time, from readable text blocks. */
public final class DatasetFiles {
    private final Path dir;

    public DatasetFiles(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public DatasetFiles file(String name, String content) {
        try {
            Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small valid dataset: two communities, five people, an employer, a broker, an organization,
     * identifiers and an incident, joined by every relationship type.
     */
    public static DatasetFiles tiny(Path dir) {
        return new DatasetFiles(dir)
                .file("communities.csv", """
                        id,name,kind,region
                        C1,Kita Danchi,RESIDENTIAL,Kita
                        C2,Minato Factory Zone,WORKPLACE,Minato
                        """)
                .file("individuals.csv", """
                        id,name,birth_year,language,nationality,residence_status
                        P1,"Tran, An",1995,vi,VN,TECHNICAL_INTERN
                        P2,Maria Santos,1988,tl,PH,PERMANENT
                        P3,Ken Sato,1970,ja,JP,
                        P4,Lin Wei,,zh,CN,STUDENT
                        P5,Ali Khan,2001,ur,PK,SPECIFIED_SKILLED
                        """)
                .file("employers.csv", """
                        id,name,industry,region
                        E1,Minato Packing,food,Minato
                        """)
                .file("brokers.csv", """
                        id,name,kind,license_status
                        B1,Sakura Staffing,AGENCY,
                        """)
                .file("organizations.csv", """
                        id,name,kind
                        O1,Example-gumi,BORYOKUDAN
                        """)
                .file("identifiers.csv", """
                        id,kind,value
                        ADDR1,ADDRESS,1-2-3 Kita
                        PH1,PHONE,090-0000-0001
                        ACC1,ACCOUNT,0001-111
                        ACC2,ACCOUNT,0001-222
                        """)
                .file("incidents.csv", """
                        id,kind,date,region
                        INC1,LABOR_EXPLOITATION,2026-10-05,Minato
                        """)
                .file("relations.csv", """
                        src,type,dst,since,until,weight,source,confidence
                        P1,MEMBER_OF,C1,2026-01-05,,,registry:residence,1
                        P2,MEMBER_OF,C1,,,,registry:residence,
                        P4,MEMBER_OF,C2,2026-03-01,2026-09-30,,registry:school,0.9
                        P1,EMPLOYED_BY,E1,2026-02-01,,180000,registry:labour,1
                        E1,PART_OF,C2,,,,registry:companies,1
                        B1,PLACED,P1,2026-01-20,,450000,interview,0.8
                        B1,SUPPLIES,E1,2026-01-01,,,registry:labour,1
                        P3,OPERATES,B1,,,,registry:companies,1
                        P5,AFFILIATED_WITH,O1,2025-06-01,,,record:org,0.95
                        O1,CONTROLS,E1,2026-04-01,,,intel,0.5
                        P3,CONTACT,P5,2026-05-01,,12,phone-records,0.7
                        P1,USES,ADDR1,,,,registry:residence,1
                        P3,USES,ADDR1,2026-06-01,,,patrol,0.6
                        B1,USES,PH1,,,,registry:companies,1
                        P1,USES,ACC1,,,,bank-report,1
                        P5,USES,ACC2,,,,bank-report,1
                        ACC1,TRANSFER,ACC2,2026-07-01,,30000,bank-report,1
                        ACC1,TRANSFER,ACC2,2026-08-01,,30000,bank-report,1
                        P1,VICTIM_OF,INC1,,,,police-report,1
                        P3,SUSPECT_IN,INC1,,,,police-report,0.5
                        INC1,LOCATED_IN,C2,,,,police-report,1
                        """);
    }
}
