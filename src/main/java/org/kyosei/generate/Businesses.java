package org.kyosei.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Employers and brokers: the attributes the model needs later (community, industry, account,
 * suppliers, kind, licence) and, once background employment is fixed, each employer's employees
 * as a compressed list ({@link #indexEmployees}).
 */
final class Businesses {
    static final String[] BROKER_KINDS = {"AGENCY", "SUPERVISING_ORG", "INDIVIDUAL"};
    static final int AGENCY = 0;
    static final int SUPERVISING_ORG = 1;
    static final int FIXER = 2;
    static final String[] LICENSES = {"LICENSED", "UNLICENSED", "REVOKED", "UNKNOWN", ""};
    static final int LICENSED = 0;
    static final int UNLICENSED = 1;
    static final int REVOKED = 2;
    static final int UNKNOWN = 3;
    static final int BLANK = 4;

    final IntList employerCommunity = new IntList();
    final List<String> employerIndustry = new ArrayList<>();
    final IntList employerAccount = new IntList();
    final IntList employerBaseWage = new IntList();
    final IntList supplierA = new IntList();
    final IntList supplierB = new IntList();

    final IntList brokerKind = new IntList();
    final IntList brokerLicense = new IntList();
    final IntList brokerAccount = new IntList();

    private int[] employeeStart;
    private int[] employees;

    int employers() {
        return employerCommunity.size();
    }

    int brokers() {
        return brokerKind.size();
    }

    /** Registers an employer already numbered by the IdBook as {@code index}. */
    void addEmployer(int index, int community, String industry, int account, int baseWage) {
        if (index != employers()) {
            throw new IllegalStateException("employer index out of order");
        }
        employerCommunity.add(community);
        employerIndustry.add(industry);
        employerAccount.add(account);
        employerBaseWage.add(baseWage);
        supplierA.add(-1);
        supplierB.add(-1);
    }

    void addBroker(int index, int kind, int license, int account) {
        if (index != brokers()) {
            throw new IllegalStateException("broker index out of order");
        }
        brokerKind.add(kind);
        brokerLicense.add(license);
        brokerAccount.add(account);
    }

    /** Builds the employee lists from {@code employerOf} of the residents. */
    void indexEmployees(int[] employerOf, int residents) {
        int n = employers();
        employeeStart = new int[n + 1];
        for (int i = 0; i < residents; i++) {
            if (employerOf[i] >= 0) {
                employeeStart[employerOf[i] + 1]++;
            }
        }
        for (int e = 0; e < n; e++) {
            employeeStart[e + 1] += employeeStart[e];
        }
        employees = new int[employeeStart[n]];
        int[] fill = employeeStart.clone();
        for (int i = 0; i < residents; i++) {
            if (employerOf[i] >= 0) {
                employees[fill[employerOf[i]]++] = i;
            }
        }
    }

    int employeeCount(int employer) {
        return employer + 1 < employeeStart.length ? employeeStart[employer + 1] - employeeStart[employer] : 0;
    }

    /** The k-th background employee of the employer (ascending resident index). */
    int employee(int employer, int k) {
        return employees[employeeStart[employer] + k];
    }
}
