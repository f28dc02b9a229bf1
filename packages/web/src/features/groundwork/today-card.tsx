/** What the groundwork feature shows on Today; the app router passes it to the Today page. */
export function GroundworkTodayCard() {
  return null;
}
