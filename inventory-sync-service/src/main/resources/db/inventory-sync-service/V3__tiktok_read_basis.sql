-- Pushes are computed from TikTok's own count, read just before sending (see push.RaiseOnlyByNetSuiteGain).
-- basis: NetSuite's counted units plus the TikTok units it is known to have committed (released lines):
--        a number TikTok's own sales do not move, so a change of it is stock NetSuite gained or lost.
-- deliverable: counted less in-flight units, the hub's own estimate; it sets the ceiling of a first push.
-- pushed_basis: the basis of the last value TikTok was sent or found to show, less the headroom that value
--        left unused; TikTok's count + (basis - pushed_basis) is the most TikTok may show.
alter table inventory_level add column basis bigint;
alter table inventory_level add column deliverable bigint;
alter table inventory_level add column pushed_basis bigint;
