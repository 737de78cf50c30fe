package org.wsis.web.clients.prizes;

import java.util.List;

/** prizes-service's ReceiptPage. */
public record ReceiptPage(List<VoteReceipt> items,
        Integer page,
        Integer size,
        Long total) {
}
