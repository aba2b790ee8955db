package org.kyosei;

public final class Kyosei {
    public static void main(String[] args) {
        System.out.println("kyosei");
    }
}
