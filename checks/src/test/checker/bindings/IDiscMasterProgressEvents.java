/** IMAPI's progress callbacks: applications implement them, and IMAPI reads their results. */
interface IDiscMasterProgressEvents {
  int QueryCancel(boolean[] cancel);

  int NotifyBurnComplete(int status);
}
