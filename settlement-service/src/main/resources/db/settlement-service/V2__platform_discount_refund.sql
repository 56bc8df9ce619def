-- TikTok's platform_discount_refund_amount of each line, kept apart from the buyer's refund: the Credit Memo
-- credits only the buyer's refund, so the Journal Entry posts the platform discount TikTok takes back on its
-- own account (docs/settlement-accounting.md, "How a refund line reverses the sale").
alter table statement_line add column platform_discount_refund_amount numeric(19, 4) not null default 0;
