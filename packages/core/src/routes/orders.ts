/** What a buyer needs to pay by VietQR: the bank details and the transfer's reference, never more. */
export type StoreVietQrInstructions = {
  payload: string;
  bank_bin: string;
  bank_name: string;
  account_number: string;
  account_name: string;
  amount: number;
  reference: string;
};

/** GET /store/ocop/orders/:id/payment: how an order is paid and whether the money has arrived. */
export type StoreOrderPaymentResponse = {
  payment: {
    /** Medusa's provider id; null when the order has no payment. */
    provider_id: string | null;
    /** Medusa's payment status (not_paid, authorized, captured…). */
    status: string;
    paid: boolean;
    instructions: StoreVietQrInstructions | null;
  };
};
