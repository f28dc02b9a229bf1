/** What the feelings feature shows on Today; the app router passes it to the Today page. */
export function FeelingsTodayCard() {
  return null;
}
