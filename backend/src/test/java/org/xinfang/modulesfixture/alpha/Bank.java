package org.xinfang.modulesfixture.alpha;

/** The owning module: may use its repository and construct and change its entity. */
class Bank {

    private final AccountRepository accounts;

    Bank(AccountRepository accounts) {
        this.accounts = accounts;
    }

    Account closedAccount() {
        Account account = new Account();
        account.close();
        return accounts.save(account);
    }
}
