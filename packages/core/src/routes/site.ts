/** GET /store/site: the shop's name and whether its catalogue is the seeded demo (sample data). */
export type StoreSiteResponse = { site: { name: string; demo_data: boolean } };
