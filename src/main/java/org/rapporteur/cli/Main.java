package org.rapporteur.cli;
public class Main { public static void main(String[] a) {} }
